package nl.welzijnsroute.coordination;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checked files waiting for the coordinator's "Deploy" after reading the what-if. In the database, so the
 * confirmation may land on any node; checked again on confirmation. Older than a day: removed.
 */
@Repository
class PendingDeployments {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    record Pending(String id, String createdBy, Instant createdAt, String note, List<UploadedFile> files) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PendingDeployments(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    String save(String createdBy, String note, List<UploadedFile> files) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM pending_deployment WHERE created_at < ?", Timestamp.from(now.minus(KEPT_FOR)));
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO pending_deployment (id, created_by, created_at, note) VALUES (?, ?, ?, ?)",
                id, createdBy, Timestamp.from(now), note);
        for (int i = 0; i < files.size(); i++) {
            jdbc.update("INSERT INTO pending_deployment_file (pending_id, file_no, file_name, content)"
                    + " VALUES (?, ?, ?, ?)", id, i, files.get(i).name(), files.get(i).content());
        }
        return id;
    }

    /** Only the coordinator who uploaded the files sees them. */
    @Transactional(readOnly = true)
    Optional<Pending> find(String id, String user) {
        List<Pending> found = jdbc.query("SELECT id, created_by, created_at, note FROM pending_deployment"
                        + " WHERE id = ? AND created_by = ? AND created_at >= ?",
                (rs, row) -> new Pending(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), new ArrayList<>()),
                id, user, Timestamp.from(clock.instant().minus(KEPT_FOR)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Pending pending = found.get(0);
        jdbc.query("SELECT file_name, content FROM pending_deployment_file WHERE pending_id = ? ORDER BY file_no",
                rs -> {
                    pending.files().add(new UploadedFile(rs.getString(1), rs.getBytes(2)));
                }, id);
        return Optional.of(new Pending(pending.id(), pending.createdBy(), pending.createdAt(), pending.note(),
                List.copyOf(pending.files())));
    }

    @Transactional
    void delete(String id) {
        jdbc.update("DELETE FROM pending_deployment_file WHERE pending_id = ?", id);
        jdbc.update("DELETE FROM pending_deployment WHERE id = ?", id);
    }
}
