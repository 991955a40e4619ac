package news.broadsheet.newsroom.internal;

import java.util.Map;
import news.broadsheet.site.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Sign-in for staff at {@code /newsroom}. Sessions live in PostgreSQL (Spring Session JDBC), so a staff
 * member stays signed in whichever node answers. Every form carries a CSRF token. Passwords are checked by
 * {@link ThrottledSignIn}, the application's one authentication provider.
 */
@Configuration(proxyBeanMethods = false)
class NewsroomSecurityConfiguration {

    static final String LOGIN = "/newsroom/login";

    /** Putting an article in front of readers, or taking it away, is an editor's decision. */
    static final String[] EDITORS_ONLY = {"/newsroom/articles/*/publish", "/newsroom/articles/*/schedule",
            "/newsroom/articles/*/unpublish", "/newsroom/articles/*/corrections", "/newsroom/fronts/**"};

    /** Who works in the newsroom and how the paper is organised is an administrator's decision. */
    static final String[] ADMINS_ONLY = {"/newsroom/staff/**", "/newsroom/audit/**", "/newsroom/sections/**",
            "/newsroom/topics/**", "/newsroom/editions/**", "/newsroom/outbox/**"};

    /** Moderators' work: the comment queue, its decisions, word lists, hold rules and comment modes. */
    static final String[] MODERATORS = {"/newsroom/comments", "/newsroom/comments/**"};

    /** Every member of staff, whatever their role, has the newsroom's home and chooses their own password. */
    static final String[] EVERY_MEMBER = {"/newsroom", PasswordChangeFilter.PASSWORD_PAGE};

    /** Argon2id for new hashes; the prefix in each stored hash lets a later default take over gradually. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** Spring Security's URL rules below and {@link StaffAccount#can} both ask this hierarchy. */
    @Bean
    RoleHierarchy roleHierarchy() {
        return Role.HIERARCHY;
    }

    @Bean
    UserDetailsService staffDetails(StaffRepository staff) {
        return email -> staff.byEmail(email).orElseThrow(() -> new UsernameNotFoundException("no such staff member"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain newsroom(HttpSecurity http, StaffRepository staff) throws Exception {
        http.securityMatcher("/newsroom/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN).permitAll()
                        .requestMatchers(ADMINS_ONLY).hasRole("ADMIN")
                        .requestMatchers(EDITORS_ONLY).hasRole("EDITOR")
                        .requestMatchers("/newsroom/alerts/**").hasRole("EDITOR")
                        .requestMatchers("/newsroom/support/**").hasRole("ADMIN")
                        .requestMatchers("/newsroom/revenue", "/newsroom/revenue.csv").hasRole("EDITOR")
                        .requestMatchers(MODERATORS).hasRole("MODERATOR")
                        .requestMatchers(EVERY_MEMBER).authenticated()
                        // Everything else is writing: articles, their revisions, pictures and the staff search.
                        .anyRequest().hasRole("WRITER"))
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .loginProcessingUrl(LOGIN)
                        .usernameParameter("email")
                        .defaultSuccessUrl("/newsroom", false)
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                LOGIN + (failure instanceof LockedException ? "?locked" : "?error"))))
                .logout(logout -> logout.logoutUrl("/newsroom/logout").logoutSuccessUrl(LOGIN + "?signed-out"))
                .addFilterAfter(new ChangedStaffAccounts(staff), SecurityContextHolderFilter.class)
                .addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class)
                .addFilterBefore(new OversizedUploadFilter(), CsrfFilter.class);
        SecurityHeaders.apply(http);
        return http.build();
    }
}
