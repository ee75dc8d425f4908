package nl.welzijnsroute.aanmelden;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Limits self-registrations at {@code /aanmelden}, in the database so every node sees the same counts: at most
 * {@code max-per-source} per source address within {@code window}, and at most {@code max-per-hour} from all
 * sources together. Only forms that passed validation come here; each counts once, however often it is sent.
 *
 * <p>A form is counted before it is turned into a case: its row is inserted (and committed) first, then the rows
 * are counted, and a form that took the count over a limit removes its row again and is refused. Two nodes racing
 * for the last place may both be refused, but never both let through.
 */
@Component
class SelfRegistrationThrottle {

    static final Duration GLOBAL_WINDOW = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxPerSource;
    private final Duration window;
    private final int maxPerHour;

    SelfRegistrationThrottle(JdbcTemplate jdbc, Clock clock,
            @Value("${welzijnsroute.aanmelden.max-per-source:5}") int maxPerSource,
            @Value("${welzijnsroute.aanmelden.window:PT1H}") Duration window,
            @Value("${welzijnsroute.aanmelden.max-per-hour:200}") int maxPerHour) {
        if (maxPerSource < 1 || maxPerHour < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("welzijnsroute.aanmelden: limits must be at least 1 and the window "
                    + "positive (max-per-source " + maxPerSource + ", max-per-hour " + maxPerHour + ", window "
                    + window + ")");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerSource = maxPerSource;
        this.window = window;
        this.maxPerHour = maxPerHour;
    }

    /**
     * Counts this submitted form and says whether it may become a case. A form already counted (a double click,
     * back-and-resubmit) passes without counting again; a refused form leaves nothing behind.
     *
     * @param source        the client's address ({@code request.getRemoteAddr()})
     * @param submissionKey the form's idempotency key, unique per opened form
     */
    boolean tryAcquire(String source, String submissionKey) {
        // Milliseconds: stored exactly by H2 and PostgreSQL, so this row is found again by "<= now".
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // Keep the table small, and keep no address longer than it counts.
        jdbc.update("DELETE FROM self_registration_attempt WHERE registered_at < ?",
                at(now.minus(window.compareTo(GLOBAL_WINDOW) > 0 ? window : GLOBAL_WINDOW)));

        if (alreadyCounted(submissionKey)) {
            return true;
        }
        try {
            jdbc.update("INSERT INTO self_registration_attempt (source, submission_key, registered_at)"
                    + " VALUES (?, ?, ?)", key(source), submissionKey, at(now));
        } catch (DuplicateKeyException sameFormAtTheSameTime) {
            return true;
        }
        long fromSource = count("SELECT COUNT(*) FROM self_registration_attempt"
                + " WHERE source = ? AND registered_at > ? AND registered_at <= ?",
                key(source), at(now.minus(window)), at(now));
        long fromAll = count("SELECT COUNT(*) FROM self_registration_attempt"
                + " WHERE registered_at > ? AND registered_at <= ?", at(now.minus(GLOBAL_WINDOW)), at(now));
        if (fromSource > maxPerSource || fromAll > maxPerHour) {
            jdbc.update("DELETE FROM self_registration_attempt WHERE submission_key = ?", submissionKey);
            return false;
        }
        return true;
    }

    private boolean alreadyCounted(String submissionKey) {
        return count("SELECT COUNT(*) FROM self_registration_attempt WHERE submission_key = ?", submissionKey) > 0;
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    /** Instants, not local times: nodes in different time zones, or a DST change, count the same rows. */
    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String key(String source) {
        String value = source == null || source.isBlank() ? "unknown" : source;
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}
