package news.broadsheet.platform.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data, on which port it listens (0 picks a free one), whether it
 * starts from an empty folder (tests) or keeps what it had (the default run), and how much memory it caches
 * pages in ({@code shared_buffers}; PostgreSQL's own default suits a trial, not a list of a million
 * subscriptions).
 */
@ConfigurationProperties("broadsheet.embedded-database")
record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path directory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("128MB") String sharedBuffers) {
}
