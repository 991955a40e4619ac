package news.broadsheet.platform.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data, on which port it listens (0 picks a free one) and whether
 * it starts from an empty folder (tests) or keeps what it had (the default run).
 */
@ConfigurationProperties("broadsheet.embedded-database")
record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path directory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean) {
}
