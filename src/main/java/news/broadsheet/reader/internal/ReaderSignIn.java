package news.broadsheet.reader.internal;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a reader's password after counting the attempt per account and per address. Unknown addresses are
 * counted, hashed against and answered like wrong passwords, so sign-in tells nobody who has an account.
 * A right password for an unconfirmed address sends the confirmation link again. Not an
 * {@code AuthenticationProvider} bean: the newsroom's {@code ThrottledSignIn} is the application's one.
 */
@Component
class ReaderSignIn {

    private final DaoAuthenticationProvider passwords;
    private final ReaderLimits limits;
    private final Registration registration;

    ReaderSignIn(ReaderRepository readers, ReaderPasswords hashes, ReaderLimits limits, Registration registration) {
        UserDetailsService byEmail = email -> readers.byEmail(email).map(ReaderCredentials::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such reader"));
        this.passwords = new DaoAuthenticationProvider(byEmail);
        this.passwords.setPasswordEncoder(hashes.encoder());
        this.limits = limits;
        this.registration = registration;
    }

    /** The authentication manager of the public site: reader passwords, and remember-me cookies made with {@code rememberMeKey}. */
    AuthenticationManager manager(String rememberMeKey) {
        return new ProviderManager(new RememberMeAuthenticationProvider(rememberMeKey), new ReaderPasswordCheck());
    }

    private Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (!limits.signInAllowed(attempt.getName(), address)) {
            throw new LockedException("Too many sign-in attempts; try again in 15 minutes");
        }
        Authentication checked = passwords.authenticate(attempt);
        ReaderCredentials reader = (ReaderCredentials) checked.getPrincipal();
        if (!reader.verified()) {
            registration.resendConfirmation(reader.id());
            throw new UnverifiedReader();
        }
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                new ReaderPrincipal(reader.id(), reader.signInEpoch()), null, ReaderCredentials.AUTHORITIES);
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    private final class ReaderPasswordCheck implements org.springframework.security.authentication.AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication attempt) throws AuthenticationException {
            return ReaderSignIn.this.authenticate(attempt);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
