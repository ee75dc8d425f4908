package nl.welzijnsroute.coordination;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code migration_run} and {@code migration_case} (V13): what every node shows about a migration. */
@Repository
class MigrationReports {

    private static final String RUN_COLUMNS = "id, started_at, started_by, process_key, source_definition_id, "
            + "source_version, target_definition_id, target_version, batch_id, batch_job_definition_id, status, "
            + "finished_at";

    private final JdbcTemplate jdbc;

    MigrationReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new RUNNING run; fails with a DuplicateKeyException while another run of the same source version runs. */
    long insertRun(Instant at, String actor, String processKey, String sourceId, int sourceVersion, String targetId,
            int targetVersion) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO migration_run (started_at, "
                    + "started_by, process_key, source_definition_id, source_version, target_definition_id, "
                    + "target_version, status, running_source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, actor);
            insert.setString(3, processKey);
            insert.setString(4, sourceId);
            insert.setInt(5, sourceVersion);
            insert.setString(6, targetId);
            insert.setInt(7, targetVersion);
            insert.setString(8, MigrationRun.Status.RUNNING.name());
            insert.setString(9, sourceId);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    void setBatch(long runId, String batchId, String batchJobDefinitionId) {
        jdbc.update("UPDATE migration_run SET batch_id = ?, batch_job_definition_id = ? WHERE id = ?", batchId,
                batchJobDefinitionId, runId);
    }

    void insertCases(long runId, List<MigrationCase> cases) {
        jdbc.batchUpdate("INSERT INTO migration_case (run_id, process_instance_id, case_number, status, reason, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?)", cases, 500, (insert, c) -> {
                    insert.setLong(1, runId);
                    insert.setString(2, c.processInstanceId());
                    insert.setString(3, c.caseNumber());
                    insert.setString(4, c.status().name());
                    insert.setString(5, c.reason() == null ? null : c.reason().name());
                    insert.setString(6, truncate(c.detail()));
                });
    }

    void updateCase(long runId, MigrationCase c) {
        jdbc.update("UPDATE migration_case SET status = ?, reason = ?, detail = ? WHERE run_id = ? "
                + "AND process_instance_id = ?", c.status().name(), c.reason() == null ? null : c.reason().name(),
                truncate(c.detail()), runId, c.processInstanceId());
    }

    /** Marks the run DONE and frees its source version for a next run; false when another node was first. */
    boolean finish(long runId, Instant at) {
        return jdbc.update("UPDATE migration_run SET status = ?, finished_at = ?, running_source_id = NULL "
                + "WHERE id = ? AND status = ?", MigrationRun.Status.DONE.name(), Timestamp.from(at), runId,
                MigrationRun.Status.RUNNING.name()) == 1;
    }

    Optional<MigrationRun> run(long id) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM migration_run WHERE id = ?", MigrationReports::run, id)
                .stream().findFirst();
    }

    Optional<MigrationRun> runningFor(String sourceDefinitionId) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM migration_run WHERE running_source_id = ?",
                MigrationReports::run, sourceDefinitionId).stream().findFirst();
    }

    /** Newest first. */
    List<MigrationRun> latest(int limit) {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(limit);
        return limited.query("SELECT " + RUN_COLUMNS + " FROM migration_run ORDER BY started_at DESC, id DESC",
                MigrationReports::run);
    }

    /** In the order the cases were reported: by case number, instances without one last. */
    List<MigrationCase> cases(long runId) {
        return jdbc.query("SELECT process_instance_id, case_number, status, reason, detail FROM migration_case "
                + "WHERE run_id = ? ORDER BY CASE WHEN case_number IS NULL THEN 1 ELSE 0 END, case_number, "
                + "process_instance_id", (rs, row) -> new MigrationCase(rs.getString(1), rs.getString(2),
                        MigrationCase.Status.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : MigrationCase.Reason.valueOf(rs.getString(4)),
                        rs.getString(5)), runId);
    }

    private static MigrationRun run(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp(12);
        return new MigrationRun(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10),
                MigrationRun.Status.valueOf(rs.getString(11)), finished == null ? null : finished.toInstant());
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 1000);
    }
}
