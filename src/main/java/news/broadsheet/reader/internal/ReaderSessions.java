package news.broadsheet.reader.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Where a reader's sign-in lives: the session (a Spring Session row in PostgreSQL, so every node sees it),
 * under an attribute of its own. Staff sign-in keeps Spring Security's default attribute, so being signed in
 * to the newsroom never makes the public site think a reader is signed in, nor the other way round.
 */
@Component
class ReaderSessions {

    static final String CONTEXT_ATTRIBUTE = "news.broadsheet.reader.SIGNED_IN";
    static final String STAFF_CONTEXT_ATTRIBUTE = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final ReaderRepository readers;

    ReaderSessions(ReaderRepository readers) {
        this.readers = readers;
        contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
    }

    HttpSessionSecurityContextRepository contexts() {
        return contexts;
    }

    /** The reader signed in to this request on the public site. */
    static Optional<Long> signedInId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ReaderPrincipal reader
                ? Optional.of(reader.readerId()) : Optional.empty();
    }

    /** Signs the reader in, in a session with a new id so an id planted before sign-in is worth nothing. */
    void signIn(long readerId, HttpServletRequest request, HttpServletResponse response) {
        int epoch = readers.signInEpoch(readerId).orElseThrow();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new ReaderPrincipal(readerId, epoch), null, ReaderCredentials.AUTHORITIES));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /**
     * Ends the reader's sign-in on this request and in its session. The session itself goes too unless the
     * newsroom uses it, so with nobody signed in the browser is left without a session cookie.
     */
    void signOut(HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        if (session.getAttribute(STAFF_CONTEXT_ATTRIBUTE) == null) {
            session.invalidate();
        } else {
            session.removeAttribute(CONTEXT_ATTRIBUTE);
        }
    }

    /** Whether the sign-in is still good: the account exists and its password has not changed since. */
    boolean current(ReaderPrincipal reader) {
        return readers.signInEpoch(reader.readerId()).map(epoch -> epoch == reader.signInEpoch()).orElse(false);
    }
}
