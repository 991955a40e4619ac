package news.broadsheet.newsroom.internal;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import news.broadsheet.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating staff accounts and changing their passwords and roles, with the checks each needs. */
@Service
public class StaffService {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{2,}");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffRepository staff;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;

    StaffService(StaffRepository staff, PasswordEncoder passwordEncoder, AuditTrail audit) {
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** What is wrong with the fields of a new account, by field name; empty when nothing is. */
    Map<String, String> problemsWithNewAccount(String email, String displayName, String password) {
        Map<String, String> problems = new LinkedHashMap<>();
        String normalised = StaffRepository.normalised(email);
        if (!EMAIL.matcher(normalised).matches() || normalised.length() > 254) {
            problems.put("email", "Enter an e-mail address like name@example.com.");
        } else if (staff.byEmail(normalised).isPresent()) {
            problems.put("email", "Someone on the staff already uses this e-mail address.");
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 100 || name.codePoints().anyMatch(Character::isISOControl)) {
            problems.put("displayName", "Enter a name of 1 to 100 characters.");
        }
        passwordProblem(password, normalised).ifPresent(problem -> problems.put("password", problem));
        return problems;
    }

    static Optional<String> passwordProblem(String password, String email) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            return Optional.of("Use a password of " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.");
        }
        if (password.equalsIgnoreCase(email)) {
            return Optional.of("The password must not be the e-mail address.");
        }
        return Optional.empty();
    }

    @Transactional
    public long create(String email, String displayName, Role role, String password, boolean mustChangePassword,
                       String createdBy) {
        long id = staff.create(email, displayName.strip(), role, passwordEncoder.encode(password), mustChangePassword);
        audit.record(createdBy, "created staff account", "staff", String.valueOf(id),
                StaffRepository.normalised(email) + " as " + role.label());
        return id;
    }

    @Transactional
    void changeOwnPassword(StaffAccount member, String newPassword) {
        staff.changePassword(member.id(), passwordEncoder.encode(newPassword), false);
        audit.record(member.auditName(), "changed own password", "staff", String.valueOf(member.id()), "");
    }

    boolean passwordMatches(StaffAccount member, String password) {
        return staff.byId(member.id())
                .map(stored -> passwordEncoder.matches(password, stored.getPassword()))
                .orElse(false);
    }

    @Transactional
    void changeRole(long id, Role role, StaffAccount by) {
        staff.changeRole(id, role);
        audit.record(by.auditName(), "changed role", "staff", String.valueOf(id), "to " + role.label());
    }

    @Transactional
    void setEnabled(long id, boolean enabled, StaffAccount by) {
        staff.setEnabled(id, enabled);
        audit.record(by.auditName(), enabled ? "enabled staff account" : "disabled staff account", "staff",
                String.valueOf(id), "");
    }

    static String generatedPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
