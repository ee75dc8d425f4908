package nl.welzijnsroute.coordination;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of what coordinators change: every deployment (with its change note), migration, team-membership
 * change and reassignment. Written in the same transaction as the change, so a change without its line (or a line
 * without its change) cannot happen.
 */
@Service
public class AuditLog {

    public enum Kind {
        DEPLOYMENT, MIGRATION, TEAM_MEMBER_ADDED, TEAM_MEMBER_REMOVED, TASKS_REASSIGNED, HULPBRON_CHANGED
    }

    public record Event(long id, Instant at, String actor, Kind kind, String subject, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, Kind kind, String subject, String detail) {
        jdbc.update("INSERT INTO audit_event (at, actor, kind, subject, detail) VALUES (?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), actor, kind.name(), truncate(subject, 200), truncate(detail, 4000));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Event> latest(int limit) {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(limit);
        return limited.query("SELECT id, at, actor, kind, subject, detail FROM audit_event ORDER BY at DESC, id DESC",
                (rs, row) -> new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)));
    }

    @Transactional(readOnly = true)
    public List<Event> about(Kind kind, String subject) {
        return jdbc.query("SELECT id, at, actor, kind, subject, detail FROM audit_event WHERE kind = ? AND subject = ?"
                        + " ORDER BY at DESC, id DESC",
                (rs, row) -> new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)), kind.name(), subject);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
