package nl.welzijnsroute.coordination;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys checked files: the check runs again inside the deploying transaction, and the deployment, its change
 * note and its audit line are written together or not at all.
 */
@Service
public class DefinitionDeployer {

    /** Deployments from /beheer carry this name and source (start-up deployments are "SpringAutoDeployment"). */
    public static final String DEPLOYMENT_NAME = "welzijnsroute-beheer";

    /** Nothing was deployed: every problem, per file. */
    public static class Refused extends RuntimeException {
        private final transient List<DeploymentCheck.Problem> problems;

        Refused(List<DeploymentCheck.Problem> problems) {
            super(problems.size() + " problem(s)");
            this.problems = List.copyOf(problems);
        }

        public List<DeploymentCheck.Problem> problems() {
            return problems;
        }
    }

    /** A deployment id and the versions it created; with nothing changed, no id and no versions. */
    public record Outcome(String deploymentId, List<DeploymentCheck.PlannedVersion> versions,
            DeploymentCheck.Plan plan) {

        public boolean deployed() {
            return deploymentId != null;
        }
    }

    private final DeploymentCheck check;
    private final RepositoryService repositoryService;
    private final DeploymentNotes notes;
    private final DeployedDefinitions deployed;
    private final AuditLog auditLog;
    private final Clock clock;

    DefinitionDeployer(DeploymentCheck check, RepositoryService repositoryService, DeploymentNotes notes,
            DeployedDefinitions deployed, AuditLog auditLog, Clock clock) {
        this.check = check;
        this.repositoryService = repositoryService;
        this.notes = notes;
        this.deployed = deployed;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Outcome deploy(String actor, String note, List<UploadedFile> files) {
        List<DeploymentCheck.Problem> noteProblem = DeploymentCheck.checkNote(note).stream().toList();
        DeploymentCheck.Plan plan = check.check(files);
        if (!noteProblem.isEmpty() || !plan.ok()) {
            throw new Refused(Stream.concat(noteProblem.stream(), plan.problems().stream()).toList());
        }
        if (plan.nothingChanged()) {
            return new Outcome(null, List.of(), plan);
        }
        DeploymentBuilder builder = repositoryService.createDeployment().name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME);
        for (UploadedFile file : plan.toDeploy()) {
            builder.addInputStream(file.name(), new ByteArrayInputStream(file.content()));
        }
        Deployment deployment = builder.deploy();
        String trimmedNote = note.trim();
        notes.record(deployment.getId(), actor, trimmedNote, clock.instant());
        List<DeploymentCheck.PlannedVersion> versions = deployed.inDeployment(deployment.getId()).stream()
                .map(v -> new DeploymentCheck.PlannedVersion(v.type(), v.key(), v.version()))
                .sorted(Comparator.comparing(DeploymentCheck.PlannedVersion::type)
                        .thenComparing(DeploymentCheck.PlannedVersion::key))
                .toList();
        auditLog.record(actor, AuditLog.Kind.DEPLOYMENT, summary(versions),
                trimmedNote + " (deployment " + deployment.getId() + ")");
        return new Outcome(deployment.getId(), versions, plan);
    }

    /** "wor-routing v3, assign-team v2": what a deployment made, for the audit log. */
    static String summary(List<DeploymentCheck.PlannedVersion> versions) {
        return versions.stream().map(v -> v.key() + " v" + v.version()).collect(Collectors.joining(", "));
    }
}
