package news.broadsheet.reader.internal;

import java.util.UUID;
import javax.sql.DataSource;
import news.broadsheet.site.PublicSiteSecurity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.stereotype.Component;

/**
 * Readers' part of the public site's security chain: the sign-in form at {@code /account/login}, sign-out,
 * remember-me, and the account pages that need a signed-in reader. The session is created at sign-in and
 * not before, so a visitor who never signs in never gets a {@code SESSION} cookie and keeps getting shared
 * cached pages.
 */
@Component
class ReaderSecurity implements PublicSiteSecurity {

    static final String LOGIN = "/account/login";
    static final String LOGOUT = "/account/logout";
    static final String[] SIGNED_IN_ONLY = {"/account", "/account/profile", "/account/email", "/account/password",
            "/account/data", "/account/delete"};

    private final ReaderSignIn signIn;
    private final ReaderSessions sessions;
    private final ReaderRepository readers;
    private final DataSource dataSource;

    ReaderSecurity(ReaderSignIn signIn, ReaderSessions sessions, ReaderRepository readers, DataSource dataSource) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.readers = readers;
        this.dataSource = dataSource;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        // Remember-me tokens are checked against the database, so this key only ties the token made from a
        // cookie to the check on the same node within the same request.
        String rememberMeKey = UUID.randomUUID().toString();
        JdbcTokenRepositoryImpl rememberedTokens = new JdbcTokenRepositoryImpl();
        rememberedTokens.setDataSource(dataSource);
        UserDetailsService readersById = id -> readers.byId(Long.parseLong(id)).map(ReaderCredentials::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such reader"));
        ReaderRememberMe rememberMe = new ReaderRememberMe(rememberMeKey, readersById, rememberedTokens);
        http.authenticationManager(signIn.manager(rememberMeKey))
                .securityContext(context -> context.securityContextRepository(sessions.contexts()))
                .authorizeHttpRequests(requests -> requests.requestMatchers(SIGNED_IN_ONLY).authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN)))
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .loginProcessingUrl(LOGIN)
                        .usernameParameter("email")
                        .securityContextRepository(sessions.contexts())
                        .successHandler((request, response, authentication) ->
                                response.sendRedirect(SafeRedirect.path(request.getParameter("next"))))
                        .failureHandler((request, response, failure) -> response.sendRedirect(LOGIN + "?"
                                + (failure instanceof LockedException ? "locked"
                                : failure instanceof UnverifiedReader ? "unconfirmed" : "error"))))
                .rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMeKey))
                // Signing out of the site leaves a newsroom sign-in in the same browser alone.
                .logout(logout -> logout
                        .logoutUrl(LOGOUT)
                        .invalidateHttpSession(false)
                        .logoutSuccessHandler((request, response, authentication) -> {
                            sessions.signOut(request, response);
                            response.sendRedirect("/");
                        }))
                .addFilterAfter(new StaleSignIns(sessions), SecurityContextHolderFilter.class);
    }
}
