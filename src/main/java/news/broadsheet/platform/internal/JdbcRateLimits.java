package news.broadsheet.platform.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import news.broadsheet.platform.RateLimits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcRateLimits implements RateLimits {

    private final JdbcClient jdbc;

    JdbcRateLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean tryAcquire(String key, int limit, Duration window) {
        long windowMillis = window.toMillis();
        long now = Instant.now().toEpochMilli();
        Timestamp windowStart = new Timestamp(now - now % windowMillis);
        int hits = jdbc.sql("""
                        insert into rate_limit_window (key, window_start, hits) values (:key, :start, 1)
                        on conflict (key, window_start) do update set hits = rate_limit_window.hits + 1
                        returning hits""")
                .param("key", key)
                .param("start", windowStart)
                .query(Integer.class).single();
        return hits <= limit;
    }

    /** Windows end; their rows are worth nothing after a day. Called by the platform's housekeeping job. */
    void forgetOldWindows() {
        jdbc.sql("delete from rate_limit_window where window_start < now() - interval '1 day'").update();
    }
}
