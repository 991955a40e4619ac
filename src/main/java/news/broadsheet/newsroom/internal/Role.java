package news.broadsheet.newsroom.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * What a staff member may do. Roles are not a line: a moderator works on readers' comments and a writer on
 * articles, neither may do what the other does, and an editor may do both. Whether one role includes another
 * is answered by {@link #HIERARCHY}, the same Spring Security role hierarchy the newsroom's URL rules use.
 */
public enum Role {
    WRITER("Writer", "writes articles and submits them for review"),
    MODERATOR("Moderator", "moderates readers' comments, and nothing else"),
    EDITOR("Editor", "edits and publishes articles, arranges fronts, sends alerts, sees revenue and moderates comments",
            WRITER, MODERATOR),
    ADMIN("Administrator", "does everything an editor does and manages staff, sections, topics and editions",
            EDITOR);

    /** Each role with the roles it includes, directly or through another. */
    static final RoleHierarchy HIERARCHY = hierarchy();

    private final String label;
    private final String description;
    private final List<Role> includes;

    Role(String label, String description, Role... includes) {
        this.label = label;
        this.description = description;
        this.includes = List.of(includes);
    }

    public String label() {
        return label;
    }

    /** What someone in this role does, for administrators choosing a role. */
    public String description() {
        return description;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Role fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static RoleHierarchy hierarchy() {
        RoleHierarchyImpl.Builder builder = RoleHierarchyImpl.withDefaultRolePrefix();
        for (Role role : values()) {
            if (!role.includes.isEmpty()) {
                builder.role(role.name()).implies(role.includes.stream().map(Role::name).toArray(String[]::new));
            }
        }
        return builder.build();
    }
}
