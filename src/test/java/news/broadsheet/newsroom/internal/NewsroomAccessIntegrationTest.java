package news.broadsheet.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class NewsroomAccessIntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcClient jdbc;

    private String newStaff(Role role, boolean mustChangePassword) {
        String email = role.column() + "-" + UUID.randomUUID() + "@example.com";
        staffService.create(email, "Test " + role.label(), role, PASSWORD, mustChangePassword, "test");
        return email;
    }

    @Test
    void theFirstAdministratorWasCreatedOnStartAndMustChooseAPassword() {
        StaffAccount admin = staff.byEmail("admin@broadsheet.localhost").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPassword()).startsWith("{argon2}");
    }

    @Test
    void theNewsroomNeedsSigningIn() {
        var anonymous = new Browserless(port);
        assertThat(anonymous.get("/newsroom").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/newsroom").headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login");
    }

    @Test
    void aStaffMemberWithATemporaryPasswordMustChooseTheirOwnFirst() {
        String email = newStaff(Role.WRITER, true);
        var writer = new Browserless(port);

        assertThat(writer.signInToNewsroom(email, PASSWORD)).endsWith("/newsroom");
        assertThat(writer.get("/newsroom").headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/password");

        writer.get("/newsroom/password");
        var weak = writer.post("/newsroom/password", Map.of("current", PASSWORD, "password", "short", "confirmation", "short"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("Use a password of 12 to 128 characters.");

        writer.get("/newsroom/password");
        var changed = writer.post("/newsroom/password",
                Map.of("current", PASSWORD, "password", "a much better passphrase", "confirmation", "a much better passphrase"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(writer.get("/newsroom").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :email")
                .param("email", email).query(Long.class).single()).isPositive();
        assertThat(new Browserless(port).signInToNewsroom(email, "a much better passphrase")).endsWith("/newsroom");
    }

    @Test
    void onlyAdministratorsManageStaff() {
        var writer = new Browserless(port);
        writer.signInToNewsroom(newStaff(Role.WRITER, false), PASSWORD);
        var editor = new Browserless(port);
        editor.signInToNewsroom(newStaff(Role.EDITOR, false), PASSWORD);
        var admin = new Browserless(port);
        admin.signInToNewsroom(newStaff(Role.ADMIN, false), PASSWORD);

        assertThat(writer.get("/newsroom/staff").statusCode()).isEqualTo(403);
        assertThat(editor.get("/newsroom/audit").statusCode()).isEqualTo(403);
        assertThat(admin.get("/newsroom/staff").statusCode()).isEqualTo(200);

        writer.get("/newsroom");
        assertThat(writer.post("/newsroom/staff", Map.of("email", "sneaky@example.com", "displayName", "Sneaky",
                "role", "ADMIN", "password", "sneaky password 1")).statusCode()).isEqualTo(403);
        assertThat(staff.byEmail("sneaky@example.com")).isEmpty();
    }

    @Test
    void anAdministratorAddsAColleagueAndTheAuditTrailSaysSo() {
        var admin = new Browserless(port);
        admin.signInToNewsroom(newStaff(Role.ADMIN, false), PASSWORD);
        String colleague = "colleague-" + UUID.randomUUID() + "@example.com";

        admin.get("/newsroom/staff");
        var refused = admin.post("/newsroom/staff", Map.of("email", "not an address", "displayName", "<b>x</b>",
                "role", "EDITOR", "password", "long enough password"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Enter an e-mail address like name@example.com.").contains("value=\"&lt;b>x&lt;/b>\"");

        admin.get("/newsroom/staff");
        var created = admin.post("/newsroom/staff", Map.of("email", colleague, "displayName", "New Colleague",
                "role", "EDITOR", "password", "temporary password 1"));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(staff.byEmail(colleague).orElseThrow().mustChangePassword()).isTrue();
        assertThat(admin.get("/newsroom/audit").body()).contains("created staff account").contains(colleague);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        var admin = new Browserless(port);
        admin.signInToNewsroom(newStaff(Role.ADMIN, false), PASSWORD);

        var forged = admin.postRaw("/newsroom/staff", Map.of("email", "forged@example.com", "displayName", "Forged",
                "role", "ADMIN", "password", "forged password 12"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(staff.byEmail("forged@example.com")).isEmpty();
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhileWithoutRevealingWhetherItExists() {
        String email = newStaff(Role.EDITOR, false);
        var attacker = new Browserless(port);
        for (int attempt = 0; attempt < ThrottledSignIn.ATTEMPTS_PER_ACCOUNT; attempt++) {
            assertThat(attacker.signInToNewsroom(email, "wrong password " + attempt)).endsWith("/newsroom/login?error");
        }
        assertThat(attacker.signInToNewsroom(email, PASSWORD)).endsWith("/newsroom/login?locked");
        assertThat(new Browserless(port).signInToNewsroom("nobody-" + UUID.randomUUID() + "@example.com", PASSWORD))
                .endsWith("/newsroom/login?error");
    }
}
