package news.broadsheet.reader.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * "Keep me signed in": a series and token in a cookie, checked against {@code persistent_logins} in
 * PostgreSQL (so any node accepts it) and replaced at each use, so a stolen cookie is detected when both
 * parties use it. Signs in as a {@link ReaderPrincipal}, exactly like the sign-in form.
 */
class ReaderRememberMe extends PersistentTokenBasedRememberMeServices {

    static final String COOKIE = "reader-remember-me";
    static final String PARAMETER = "remember-me";
    static final int VALIDITY_SECONDS = 60 * 60 * 24 * 30;

    ReaderRememberMe(String key, UserDetailsService readersById, PersistentTokenRepository tokens) {
        super(key, readersById, tokens);
        setCookieName(COOKIE);
        setParameter(PARAMETER);
        setTokenValiditySeconds(VALIDITY_SECONDS);
    }

    @Override
    protected Authentication createSuccessfulAuthentication(HttpServletRequest request, UserDetails user) {
        ReaderCredentials reader = (ReaderCredentials) user;
        RememberMeAuthenticationToken signedIn = new RememberMeAuthenticationToken(getKey(),
                new ReaderPrincipal(reader.id(), reader.signInEpoch()), ReaderCredentials.AUTHORITIES);
        signedIn.setDetails(getAuthenticationDetailsSource().buildDetails(request));
        return signedIn;
    }
}
