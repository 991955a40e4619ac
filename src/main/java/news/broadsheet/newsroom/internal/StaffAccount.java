package news.broadsheet.newsroom.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member as the session holds them. Serializable because sessions are stored in
 * PostgreSQL; the password hash is dropped once sign-in has checked it.
 */
public final class StaffAccount implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean mustChangePassword;
    private final boolean enabled;
    private String passwordHash;

    StaffAccount(long id, String email, String displayName, Role role, boolean mustChangePassword, boolean enabled,
                 String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.mustChangePassword = mustChangePassword;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Whether this member's role is the one needed or includes it, as the newsroom's role hierarchy says. */
    public boolean can(Role needed) {
        return Role.HIERARCHY.getReachableGrantedAuthorities(getAuthorities()).stream()
                .anyMatch(authority -> needed.authority().equals(authority.getAuthority()));
    }

    /** How the audit trail names this person. */
    public String auditName() {
        return displayName + " <" + email + ">";
    }

    StaffAccount withPasswordChanged() {
        return new StaffAccount(id, email, displayName, role, false, enabled, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
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
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
