package news.broadsheet.newsroom.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator when the newsroom has no staff at all, from
 * {@code BROADSHEET_ADMIN_EMAIL}/{@code BROADSHEET_ADMIN_PASSWORD} (or the same as command-line arguments).
 * Without a password one is generated and written to the log once. Either way it must be changed at the
 * first sign-in. Runs under an advisory lock so nodes starting together create one administrator.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final long ADVISORY_LOCK = 0x4e_6577_7372L;

    private final StaffRepository staff;
    private final StaffService staffService;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;

    FirstAdministrator(StaffRepository staff, StaffService staffService, JdbcClient jdbc,
                       TransactionTemplate transaction, Environment environment) {
        this.staff = staff;
        this.staffService = staffService;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = environment.getProperty("broadsheet.admin.email", "admin@broadsheet.localhost");
        String configured = environment.getProperty("broadsheet.admin.password");
        String password = StringUtils.hasText(configured) ? configured : StaffService.generatedPassword();
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ADVISORY_LOCK).query().singleValue();
            if (staff.any()) {
                return false;
            }
            staffService.create(email, "Administrator", Role.ADMIN, password, true, "first start");
            return true;
        }));
        if (created && !StringUtils.hasText(configured)) {
            log.warn("Created the first newsroom administrator {} with the one-time password {} "
                    + "- sign in at /newsroom/login and choose your own.", email, password);
        } else if (created) {
            log.info("Created the first newsroom administrator {}; the password must be changed at first sign-in.", email);
        }
    }
}
