package news.broadsheet.reader.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out, on any device and any node, a session whose account was deleted or whose password changed
 * after it signed in. One small query per request of a signed-in reader; none for anyone else.
 */
class StaleSignIns extends OncePerRequestFilter {

    private final ReaderSessions sessions;

    StaleSignIns(ReaderSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ReaderPrincipal reader
                && !sessions.current(reader)) {
            sessions.signOut(request, response);
        }
        chain.doFilter(request, response);
    }
}
