package nl.welzijnsroute.coordination;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who deployed what and why: the change note per deployment (table deployment_note). */
@Repository
class DeploymentNotes {

    record Note(String deploymentId, String deployedBy, String note, Instant deployedAt) {
    }

    private final JdbcTemplate jdbc;

    DeploymentNotes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In the deploying transaction: a deployment without its note cannot exist. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(String deploymentId, String deployedBy, String note, Instant at) {
        jdbc.update("INSERT INTO deployment_note (deployment_id, deployed_by, note, deployed_at) VALUES (?, ?, ?, ?)",
                deploymentId, deployedBy, note, Timestamp.from(at));
    }

    Map<String, Note> all() {
        Map<String, Note> notes = new HashMap<>();
        jdbc.query("SELECT deployment_id, deployed_by, note, deployed_at FROM deployment_note", rs -> {
            notes.put(rs.getString(1), new Note(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getTimestamp(4).toInstant()));
        });
        return notes;
    }

    Optional<Note> find(String deploymentId) {
        List<Note> found = jdbc.query("SELECT deployment_id, deployed_by, note, deployed_at FROM deployment_note"
                        + " WHERE deployment_id = ?",
                (rs, row) -> new Note(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                deploymentId);
        return found.stream().findFirst();
    }
}
