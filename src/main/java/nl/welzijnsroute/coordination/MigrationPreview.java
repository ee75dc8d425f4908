package nl.welzijnsroute.coordination;

import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * What a migration from {@code source} to the newest version {@code target} would do, before anything happens:
 * the steps where cases wait now and whether each has a counterpart, the steps of the old version that the new one
 * lacks, the events whose trigger the new version changed (renewed on migration: such a timer starts again), the
 * cases that would be left out and why, and the engine's objections to the plan (if any: then nothing can be moved).
 */
public record MigrationPreview(ProcessDefinition source, ProcessDefinition target, List<ActivityRow> activities,
        List<String> unmappedSteps, List<String> renewedTriggers, List<String> planProblems, List<SkippedCase> skipped,
        int instances) {

    /** A step with waiting cases; {@code targetActivityId} null when the new version has no counterpart. */
    public record ActivityRow(String activityId, String name, int instances, String targetActivityId,
            String targetName, boolean updatesTrigger) {

        public boolean maps() {
            return targetActivityId != null;
        }
    }

    /** A case that waits in a step without counterpart, so it stays on the old version. */
    public record SkippedCase(String processInstanceId, String caseNumber, List<String> waitingIn) {

        public String label() {
            return caseNumber == null || caseNumber.isBlank() ? processInstanceId : caseNumber;
        }
    }

    public int toMigrate() {
        return instances - skipped.size();
    }

    public boolean canStart() {
        return planProblems.isEmpty() && toMigrate() > 0 && !source.getId().equals(target.getId());
    }
}
