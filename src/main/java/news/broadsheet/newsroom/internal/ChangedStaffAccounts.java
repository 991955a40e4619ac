package news.broadsheet.newsroom.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a staff member out of the newsroom, on every node, once an administrator has changed their role or
 * disabled their account: the session holds the role it signed in with, and an editor made a moderator must
 * not keep publishing until they sign out. One small query per newsroom request of a signed-in member. Only
 * the newsroom's sign-in is dropped; a reader's sign-in in the same session stays.
 */
class ChangedStaffAccounts extends OncePerRequestFilter {

    private final StaffRepository staff;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    ChangedStaffAccounts(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffAccount member
                && !unchanged(member)) {
            SecurityContext signedOut = SecurityContextHolder.createEmptyContext();
            SecurityContextHolder.setContext(signedOut);
            contexts.saveContext(signedOut, request, response);
        }
        chain.doFilter(request, response);
    }

    private boolean unchanged(StaffAccount member) {
        return staff.byId(member.id())
                .filter(current -> current.isEnabled() && current.role() == member.role())
                .isPresent();
    }
}
