package news.broadsheet.reader.internal;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Readers' password hashes: Argon2id like staff, behind a prefix so a stronger default can take over later.
 * Not a {@link PasswordEncoder} bean, which would compete with the newsroom's.
 */
@Component
class ReaderPasswords {

    private final PasswordEncoder encoder = new DelegatingPasswordEncoder("argon2",
            Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));

    PasswordEncoder encoder() {
        return encoder;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }
}
