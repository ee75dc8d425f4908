package nl.welzijnsroute.coordination;

import java.util.List;

/** A migration with its result per case, as stored (and brought up to date while the batch runs). */
public record MigrationReport(MigrationRun run, List<MigrationCase> cases) {

    public long count(MigrationCase.Status status) {
        return cases.stream().filter(c -> c.status() == status).count();
    }

    /** For the page: the count of a status by its name. */
    public long count(String status) {
        return count(MigrationCase.Status.valueOf(status));
    }

    public List<MigrationCase> withStatus(MigrationCase.Status status) {
        return cases.stream().filter(c -> c.status() == status).toList();
    }
}
