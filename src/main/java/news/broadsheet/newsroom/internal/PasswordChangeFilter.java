package news.broadsheet.newsroom.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A staff member whose password was set by someone else must choose their own before anything else. */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/newsroom/password";
    private static final Set<String> ALLOWED = Set.of(PASSWORD_PAGE, "/newsroom/logout");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffAccount staff
                && staff.mustChangePassword() && !ALLOWED.contains(request.getRequestURI())) {
            response.sendRedirect(PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
