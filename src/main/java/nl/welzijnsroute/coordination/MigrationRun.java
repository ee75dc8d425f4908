package nl.welzijnsroute.coordination;

import java.time.Instant;

/** One migration a coordinator started: which version to which, the engine batch that carries it out, by whom. */
public record MigrationRun(long id, Instant startedAt, String startedBy, String processKey, String sourceDefinitionId,
        int sourceVersion, String targetDefinitionId, int targetVersion, String batchId, String batchJobDefinitionId,
        Status status, Instant finishedAt) {

    /** RUNNING while the batch may still change a case; DONE when every case has its final result. */
    public enum Status {
        RUNNING, DONE
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
