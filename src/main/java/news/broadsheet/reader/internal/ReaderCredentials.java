package news.broadsheet.reader.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A reader as Spring Security checks a password or a remember-me cookie; exchanged for a
 * {@link ReaderPrincipal} once checked, so the hash never reaches the session.
 */
record ReaderCredentials(long id, String email, String passwordHash, boolean verified, int signInEpoch)
        implements UserDetails {

    static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_READER"));

    static ReaderCredentials of(StoredReader reader) {
        return new ReaderCredentials(reader.id(), reader.email(), reader.passwordHash(), reader.verified(),
                reader.signInEpoch());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AUTHORITIES;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String toString() {
        return "ReaderCredentials[" + id + "]";
    }
}
