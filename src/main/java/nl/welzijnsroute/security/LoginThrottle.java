package nl.welzijnsroute.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per source address in the database (so every node sees them) and refuses further attempts
 * from a source that failed too often recently. Throttling by source, not by account, means nobody can lock a
 * coach out just by knowing their user name.
 */
@Component
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcTemplate jdbc, Clock clock,
            @Value("${welzijnsroute.login.max-failures-per-source:20}") int maxFailures,
            @Value("${welzijnsroute.login.failure-window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public boolean isBlocked(String source) {
        Integer failures = jdbc.queryForObject(
                "SELECT COUNT(*) FROM login_failure WHERE source = ? AND failed_at > ?", Integer.class,
                key(source), Timestamp.from(clock.instant().minus(window)));
        return failures != null && failures >= maxFailures;
    }

    public void recordFailure(String source) {
        Instant now = clock.instant();
        jdbc.update("INSERT INTO login_failure (source, failed_at) VALUES (?, ?)", key(source), Timestamp.from(now));
        // Keep the table small: nothing older than a day matters.
        jdbc.update("DELETE FROM login_failure WHERE failed_at < ?", Timestamp.from(now.minus(Duration.ofDays(1))));
    }

    private static String key(String source) {
        String value = source == null || source.isBlank() ? "unknown" : source;
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}
