package news.broadsheet.newsroom.internal;

import java.time.Duration;
import news.broadsheet.platform.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a staff password, after counting the attempt against the account and the address it comes from.
 * The counts live in PostgreSQL, so guessing cannot be spread across nodes. Unknown accounts are counted
 * and answered exactly like known ones, so the form reveals nothing about who has an account.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    static final int ATTEMPTS_PER_ACCOUNT = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final DaoAuthenticationProvider passwords;
    private final RateLimits rateLimits;
    private final StaffRepository staff;
    private final int attemptsPerAddress;

    /**
     * {@code attemptsPerAddress} is generous because a whole newsroom may share one address behind its
     * office router; the per-account limit is what stops guessing one person's password.
     */
    ThrottledSignIn(UserDetailsService staffDetails, PasswordEncoder passwordEncoder, RateLimits rateLimits,
                    StaffRepository staff,
                    @Value("${broadsheet.newsroom.sign-in-attempts-per-address:200}") int attemptsPerAddress) {
        this.passwords = new DaoAuthenticationProvider(staffDetails);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.rateLimits = rateLimits;
        this.staff = staff;
        this.attemptsPerAddress = attemptsPerAddress;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account = StaffRepository.normalised(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        boolean accountAllowed = rateLimits.tryAcquire("staff-sign-in:account:" + account, ATTEMPTS_PER_ACCOUNT, WINDOW);
        boolean addressAllowed = rateLimits.tryAcquire("staff-sign-in:address:" + address, attemptsPerAddress, WINDOW);
        if (!accountAllowed || !addressAllowed) {
            throw new LockedException("Too many sign-in attempts; try again in 15 minutes");
        }
        Authentication signedIn = passwords.authenticate(attempt);
        if (signedIn.getPrincipal() instanceof StaffAccount member) {
            staff.signedIn(member.id());
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
