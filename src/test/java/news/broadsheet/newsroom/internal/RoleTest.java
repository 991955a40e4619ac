package news.broadsheet.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles form a hierarchy, not a line: writing and moderating are apart, and an editor does both. */
class RoleTest {

    @Test
    void eachRoleMayDoWhatItIncludesAndNothingMore() {
        assertThat(rolesOf(Role.WRITER)).containsExactly(Role.WRITER);
        assertThat(rolesOf(Role.MODERATOR)).containsExactly(Role.MODERATOR);
        assertThat(rolesOf(Role.EDITOR)).containsExactly(Role.WRITER, Role.MODERATOR, Role.EDITOR);
        assertThat(rolesOf(Role.ADMIN)).containsExactly(Role.values());
    }

    private static List<Role> rolesOf(Role role) {
        StaffAccount member = new StaffAccount(1, "member@example.com", "Member", role, false, true, null);
        return Arrays.stream(Role.values()).filter(member::can).toList();
    }
}
