package nl.welzijnsroute.coordination;

/**
 * The result of a migration for one process instance, named by its case number (the business key).
 * {@code detail} holds the names of the steps an instance waits in (reason UNMAPPED_ACTIVITY) or the engine's message
 * (reason ENGINE_ERROR).
 */
public record MigrationCase(String processInstanceId, String caseNumber, Status status, Reason reason, String detail) {

    public enum Status {
        /** In the batch, not done yet. */
        PENDING,
        /** Runs on the new version, with its tasks, assignees and due dates. */
        MIGRATED,
        /** Left out beforehand: it waits in a step the new version does not have. */
        SKIPPED,
        /** The batch could not move it; it still runs on the old version. */
        FAILED,
        /** The case ended before the batch reached it; nothing to move. */
        ENDED
    }

    public enum Reason {
        UNMAPPED_ACTIVITY, ENGINE_ERROR
    }

    /** The case number, or the process instance id for an instance without one. */
    public String label() {
        return caseNumber == null || caseNumber.isBlank() ? processInstanceId : caseNumber;
    }
}
