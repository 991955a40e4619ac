package news.broadsheet.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void contentSurvivesARestartOfTheEmbeddedDatabase() throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        var properties = new EmbeddedDatabaseProperties(folder.resolve("postgres"), 0, false, "128MB");

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
            JdbcClient.create(first.getPostgresDatabase())
                    .sql("create table kept (note text); insert into kept values ('still here')").update();
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties)) {
            assertThat(JdbcClient.create(second.getPostgresDatabase()).sql("select note from kept")
                    .query(String.class).single()).isEqualTo("still here");
        }
    }

    @Test
    void theEmbeddedDatabaseCachesAsMuchAsConfigured() throws Exception {
        var properties = new EmbeddedDatabaseProperties(folder.resolve("postgres"), 0, true, "48MB");

        try (EmbeddedPostgres postgres = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties)) {
            assertThat(JdbcClient.create(postgres.getPostgresDatabase()).sql("show shared_buffers")
                    .query(String.class).single()).isEqualTo("48MB");
        }
    }
}
