package nl.welzijnsroute.coordination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.stereotype.Service;

/**
 * Everything deployed in the engine, as coordinators read it: per process, decision and form its versions, who
 * deployed each and why, and (processes) how many cases run on each version.
 * <p>
 * Forms: the engine deploys .form files but has no public query for them, so they are found by resource name in
 * the deployments (a deployment never changes, so what was read of one is kept) and numbered the way the engine
 * numbers them: one version per deployment that holds the form's id.
 */
@Service
public class DeployedDefinitions {

    /** What the page says of a deployment without a change note that the app made at start-up. */
    public static final String AT_STARTUP = "bij het starten van de applicatie";

    public record Version(DefinitionType type, String key, String name, int version, String definitionId,
            String deploymentId, String resourceName, Instant deployedAt, String deployedBy, String note,
            boolean atStartup, long runningInstances) {

        /** The resource name without folders: the file name to download and open in Camunda Modeler. */
        public String fileName() {
            return UploadedFile.baseName(resourceName);
        }

        /** Who and why in words: the note, or how the deployment came about. */
        public String why() {
            if (note != null) {
                return note;
            }
            return atStartup ? AT_STARTUP : "buiten deze pagina gedeployed, zonder toelichting";
        }
    }

    public record Definition(DefinitionType type, String key, String name, List<Version> versions) {

        /** Newest first. */
        public Version latest() {
            return versions.get(0);
        }

        public long runningInstances() {
            return versions.stream().mapToLong(Version::runningInstances).sum();
        }
    }

    private record FormResource(String key, String resourceName) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final DeploymentNotes notes;
    private final String startupDeploymentName;
    private final Map<String, List<FormResource>> formsPerDeployment = new ConcurrentHashMap<>();

    DeployedDefinitions(RepositoryService repositoryService, RuntimeService runtimeService, DeploymentNotes notes,
            ProcessEngineConfigurationImpl configuration) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.notes = notes;
        this.startupDeploymentName = configuration instanceof SpringProcessEngineConfiguration spring
                ? spring.getDeploymentName() : "SpringAutoDeployment";
    }

    /** Every definition of the type, by key; versions newest first. Running counts only when asked (a query each). */
    public List<Definition> all(DefinitionType type, boolean withRunningCounts) {
        Context context = new Context();
        return switch (type) {
            case PROCESS -> group(repositoryService.createProcessDefinitionQuery().list().stream()
                    .map(d -> process(d, context, withRunningCounts)).toList());
            case DECISION -> group(repositoryService.createDecisionDefinitionQuery().list().stream()
                    .map(d -> decision(d, context)).toList());
            case FORM -> group(forms(context));
        };
    }

    public Optional<Definition> find(DefinitionType type, String key) {
        Context context = new Context();
        List<Version> versions = switch (type) {
            case PROCESS -> repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).list().stream()
                    .map(d -> process(d, context, true)).toList();
            case DECISION -> repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).list()
                    .stream().map(d -> decision(d, context)).toList();
            case FORM -> forms(context).stream().filter(v -> v.key().equals(key)).toList();
        };
        return group(versions).stream().findFirst();
    }

    /** The newest version of a key, without counting its cases. */
    public Optional<Version> latest(DefinitionType type, String key) {
        Context context = new Context();
        return switch (type) {
            case PROCESS -> Optional.ofNullable(repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(key).withoutTenantId().latestVersion().singleResult())
                    .map(d -> process(d, context, false));
            case DECISION -> Optional.ofNullable(repositoryService.createDecisionDefinitionQuery()
                    .decisionDefinitionKey(key).withoutTenantId().latestVersion().singleResult())
                    .map(d -> decision(d, context));
            case FORM -> forms(context).stream().filter(v -> v.key().equals(key))
                    .max(Comparator.comparingInt(Version::version));
        };
    }

    public Optional<Version> version(DefinitionType type, String key, int version) {
        return find(type, key).flatMap(d -> d.versions().stream().filter(v -> v.version() == version).findFirst());
    }

    /** The versions a deployment created, processes, decisions and forms. */
    public List<Version> inDeployment(String deploymentId) {
        Context context = new Context();
        List<Version> versions = new ArrayList<>();
        repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).list()
                .forEach(d -> versions.add(process(d, context, true)));
        repositoryService.createDecisionDefinitionQuery().deploymentId(deploymentId).list()
                .forEach(d -> versions.add(decision(d, context)));
        forms(context).stream().filter(v -> v.deploymentId().equals(deploymentId)).forEach(versions::add);
        return versions;
    }

    public byte[] content(Version version) {
        return content(version.deploymentId(), version.resourceName());
    }

    public byte[] content(String deploymentId, String resourceName) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Deployment> deployment(String deploymentId) {
        return Optional.ofNullable(repositoryService.createDeploymentQuery().deploymentId(deploymentId)
                .singleResult());
    }

    public Optional<DeploymentNotes.Note> note(String deploymentId) {
        return notes.find(deploymentId);
    }

    boolean madeAtStartup(Deployment deployment) {
        return startupDeploymentName.equals(deployment.getName());
    }

    /** Read once per request: the deployments and their notes. */
    private final class Context {
        final Map<String, Deployment> deployments = new LinkedHashMap<>();
        final Map<String, DeploymentNotes.Note> notesById = notes.all();

        Context() {
            repositoryService.createDeploymentQuery().list().stream()
                    .sorted(Comparator.comparing(Deployment::getDeploymentTime).thenComparing(Deployment::getId))
                    .forEach(d -> deployments.put(d.getId(), d));
        }

        Version version(DefinitionType type, String key, String name, int version, String definitionId,
                String deploymentId, String resourceName, long running) {
            Deployment deployment = deployments.get(deploymentId);
            DeploymentNotes.Note note = notesById.get(deploymentId);
            Instant at = note != null ? note.deployedAt()
                    : deployment != null ? deployment.getDeploymentTime().toInstant() : null;
            return new Version(type, key, name, version, definitionId, deploymentId, resourceName, at,
                    note == null ? null : note.deployedBy(), note == null ? null : note.note(),
                    note == null && deployment != null && madeAtStartup(deployment), running);
        }
    }

    private Version process(ProcessDefinition d, Context context, boolean withRunningCounts) {
        long running = withRunningCounts
                ? runtimeService.createProcessInstanceQuery().processDefinitionId(d.getId()).count() : 0;
        return context.version(DefinitionType.PROCESS, d.getKey(), d.getName(), d.getVersion(), d.getId(),
                d.getDeploymentId(), d.getResourceName(), running);
    }

    private Version decision(DecisionDefinition d, Context context) {
        return context.version(DefinitionType.DECISION, d.getKey(), d.getName(), d.getVersion(), d.getId(),
                d.getDeploymentId(), d.getResourceName(), 0);
    }

    private List<Version> forms(Context context) {
        Map<String, Integer> versionPerKey = new HashMap<>();
        List<Version> versions = new ArrayList<>();
        for (Deployment deployment : context.deployments.values()) {
            for (FormResource form : formsOf(deployment.getId())) {
                int version = versionPerKey.merge(form.key(), 1, Integer::sum);
                versions.add(context.version(DefinitionType.FORM, form.key(), form.key(), version, null,
                        deployment.getId(), form.resourceName(), 0));
            }
        }
        return versions;
    }

    private List<FormResource> formsOf(String deploymentId) {
        return formsPerDeployment.computeIfAbsent(deploymentId, id -> {
            List<FormResource> found = new ArrayList<>();
            for (String resource : repositoryService.getDeploymentResourceNames(id)) {
                if (DefinitionType.ofFileName(resource).orElse(null) == DefinitionType.FORM) {
                    formKey(content(id, resource)).ifPresent(key -> found.add(new FormResource(key, resource)));
                }
            }
            return List.copyOf(found);
        });
    }

    static Optional<String> formKey(byte[] json) {
        try {
            JsonNode id = JSON.readTree(json).path("id");
            return id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Definition> group(List<Version> versions) {
        Map<String, List<Version>> byKey = new TreeMap<>();
        versions.forEach(v -> byKey.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v));
        return byKey.values().stream().map(list -> {
            list.sort(Comparator.comparingInt(Version::version).reversed());
            Version latest = list.get(0);
            String name = latest.name() == null || latest.name().isBlank() ? latest.key() : latest.name();
            return new Definition(latest.type(), latest.key(), name, List.copyOf(list));
        }).toList();
    }
}
