package news.broadsheet.newsroom.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffRepository {

    private static final String COLUMNS =
            "select id, email, display_name, role, must_change_password, enabled, password_hash from staff ";

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StaffAccount> byEmail(String email) {
        return jdbc.sql(COLUMNS + "where email = :email").param("email", normalised(email)).query(this::account).optional();
    }

    Optional<StaffAccount> byId(long id) {
        return jdbc.sql(COLUMNS + "where id = :id").param("id", id).query(this::account).optional();
    }

    List<StaffAccount> all() {
        return jdbc.sql(COLUMNS + "order by enabled desc, display_name").query(this::account).list();
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from staff)").query(Boolean.class).single();
    }

    long create(String email, String displayName, Role role, String passwordHash, boolean mustChangePassword) {
        return jdbc.sql("""
                        insert into staff (email, display_name, role, password_hash, must_change_password)
                        values (:email, :name, :role, :hash, :mustChange) returning id""")
                .param("email", normalised(email)).param("name", displayName).param("role", role.column())
                .param("hash", passwordHash).param("mustChange", mustChangePassword)
                .query(Long.class).single();
    }

    void changePassword(long id, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("update staff set password_hash = :hash, must_change_password = :mustChange where id = :id")
                .param("hash", passwordHash).param("mustChange", mustChangePassword).param("id", id).update();
    }

    void changeRole(long id, Role role) {
        jdbc.sql("update staff set role = :role where id = :id").param("role", role.column()).param("id", id).update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update staff set enabled = :enabled where id = :id").param("enabled", enabled).param("id", id).update();
    }

    void signedIn(long id) {
        jdbc.sql("update staff set last_login_at = now() where id = :id").param("id", id).update();
    }

    static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private StaffAccount account(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.fromColumn(rs.getString("role")), rs.getBoolean("must_change_password"), rs.getBoolean("enabled"),
                rs.getString("password_hash"));
    }
}
