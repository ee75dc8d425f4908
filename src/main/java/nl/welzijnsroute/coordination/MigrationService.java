package nl.welzijnsroute.coordination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the running cases of an older process version to the newest one with Camunda's migration API, as a batch on
 * the job executor, and keeps a report per case in the database.
 *
 * <p>The plan maps every step that exists, unchanged in kind, in both versions ({@code mapEqualActivities}). Cases
 * waiting in a step the new version lacks cannot move: they are left out beforehand and listed. Migration keeps each
 * waiting task as it is (same task, assignee, due date). An event's trigger (a timer, a message name) is renewed from
 * the new version only where that version changed it: renewing an unchanged relative timer would restart its clock
 * (a 14-day wait would begin again on the day of the migration).
 */
@Service
public class MigrationService {

    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";
    private static final int CHUNK = 500;

    /** A process with its newest version and the older versions that still have running cases. */
    public record MigrationSource(String key, String name, int latestVersion, String latestDefinitionId,
            long latestInstances, List<Version> olderVersions) {
    }

    public record Version(String definitionId, int version, long instances) {
    }

    /** A plan the engine accepted, or the engine's objections. */
    private record Plan(MigrationPlan plan, List<String> problems) {

        Set<String> mappedSources() {
            return plan == null ? Set.of() : plan.getInstructions().stream()
                    .map(MigrationInstruction::getSourceActivityId).collect(Collectors.toSet());
        }
    }

    private enum BatchState {
        RUNNING, STALLED, GONE
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final MigrationReports reports;
    private final AuditLog auditLog;
    private final Clock clock;

    MigrationService(RepositoryService repositoryService, RuntimeService runtimeService,
            ManagementService managementService, HistoryService historyService, MigrationReports reports,
            AuditLog auditLog, Clock clock) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.historyService = historyService;
        this.reports = reports;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- choosing

    /** Every process by key, with the older versions that have running cases (the ones worth migrating). */
    @Transactional(readOnly = true)
    public List<MigrationSource> sources() {
        Map<String, List<ProcessDefinitionStatistics>> byKey = managementService
                .createProcessDefinitionStatisticsQuery().list().stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey));
        List<MigrationSource> sources = new ArrayList<>();
        byKey.forEach((key, definitions) -> {
            ProcessDefinitionStatistics latest = definitions.stream()
                    .max(Comparator.comparingInt(ProcessDefinition::getVersion)).orElseThrow();
            List<Version> older = definitions.stream().filter(d -> d != latest && d.getInstances() > 0)
                    .sorted(Comparator.comparingInt(ProcessDefinition::getVersion).reversed())
                    .map(d -> new Version(d.getId(), d.getVersion(), d.getInstances())).toList();
            sources.add(new MigrationSource(key, latest.getName() == null ? key : latest.getName(),
                    latest.getVersion(), latest.getId(), latest.getInstances(), older));
        });
        sources.sort(Comparator.comparing((MigrationSource s) -> s.olderVersions().isEmpty())
                .thenComparing(MigrationSource::key));
        return sources;
    }

    /** The definition of a key and version; a refusal (NOT_FOUND) when there is none. */
    @Transactional(readOnly = true)
    public ProcessDefinition definition(String key, int version) {
        ProcessDefinition definition = key == null ? null : repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(key).processDefinitionVersion(version).withoutTenantId().singleResult();
        if (definition == null) {
            throw new MigrationRefusal(MigrationRefusal.Kind.NOT_FOUND, "migratie.refused.unknownVersion", key,
                    version);
        }
        return definition;
    }

    @Transactional(readOnly = true)
    public ProcessDefinition definition(String processDefinitionId) {
        ProcessDefinition definition = processDefinitionId == null ? null : repositoryService
                .createProcessDefinitionQuery().processDefinitionId(processDefinitionId).singleResult();
        if (definition == null) {
            throw new MigrationRefusal(MigrationRefusal.Kind.NOT_FOUND, "migratie.refused.unknownDefinition",
                    processDefinitionId);
        }
        return definition;
    }

    // ---------------------------------------------------------------- preview

    /** What migrating {@code source} to the newest version would do; changes nothing. */
    @Transactional(readOnly = true)
    public MigrationPreview preview(ProcessDefinition source) {
        ProcessDefinition target = newest(source);
        if (target.getId().equals(source.getId())) {
            throw new MigrationRefusal(MigrationRefusal.Kind.INVALID, "migratie.refused.newest", source.getKey(),
                    source.getVersion());
        }
        Plan plan = plan(source, target);
        Names sourceNames = names(source);
        Names targetNames = names(target);
        Map<String, MigrationInstruction> bySource = plan.plan() == null ? Map.of() : plan.plan().getInstructions()
                .stream().collect(Collectors.toMap(MigrationInstruction::getSourceActivityId, i -> i, (a, b) -> a));

        List<ActivityStatistics> statistics = managementService.createActivityStatisticsQuery(source.getId()).list();
        List<MigrationPreview.ActivityRow> activities = statistics.stream()
                .filter(s -> s.getInstances() > 0)
                .map(s -> {
                    MigrationInstruction instruction = bySource.get(s.getId());
                    return new MigrationPreview.ActivityRow(s.getId(), sourceNames.of(s.getId()), s.getInstances(),
                            instruction == null ? null : instruction.getTargetActivityId(),
                            instruction == null ? null : targetNames.of(instruction.getTargetActivityId()),
                            instruction != null && instruction.isUpdateEventTrigger());
                })
                .sorted(Comparator.comparing(MigrationPreview.ActivityRow::maps)
                        .thenComparing(MigrationPreview.ActivityRow::name))
                .toList();
        List<String> unmappedSteps = sourceNames.steps().stream().filter(id -> !bySource.containsKey(id))
                .map(sourceNames::of).sorted().toList();
        List<String> renewedTriggers = bySource.values().stream().filter(MigrationInstruction::isUpdateEventTrigger)
                .map(i -> targetNames.of(i.getTargetActivityId())).sorted().toList();

        int instances = (int) runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
        List<MigrationPreview.SkippedCase> skipped = new ArrayList<>();
        if (plan.problems().isEmpty()) {
            unmappedLeaves(source.getId(), plan.mappedSources(), statistics).forEach((instance, waiting) ->
                    skipped.add(new MigrationPreview.SkippedCase(instance.getId(), instance.getBusinessKey(),
                            waiting.stream().map(sourceNames::of).toList())));
            skipped.sort(Comparator.comparing(MigrationPreview.SkippedCase::label));
        }
        return new MigrationPreview(source, target, activities, unmappedSteps, renewedTriggers, plan.problems(),
                skipped, instances);
    }

    // ---------------------------------------------------------------- starting

    /**
     * Starts the batch that moves the running cases of {@code source} to the newest version, leaving out the cases
     * that wait in a step without counterpart; stores the run with a line per case and writes the audit line, all in
     * one transaction with the batch's creation. {@code expectedTargetId} (may be null) is the newest version the
     * coordinator saw: when another version was deployed since, nothing starts.
     */
    @Transactional
    public MigrationReport start(String actor, ProcessDefinition source, String expectedTargetId) {
        ProcessDefinition target = newest(source);
        if (target.getId().equals(source.getId())) {
            throw new MigrationRefusal(MigrationRefusal.Kind.INVALID, "migratie.refused.newest", source.getKey(),
                    source.getVersion());
        }
        if (expectedTargetId != null && !expectedTargetId.isBlank() && !expectedTargetId.equals(target.getId())) {
            throw new MigrationRefusal(MigrationRefusal.Kind.CONFLICT, "migratie.refused.newerTarget",
                    target.getVersion());
        }
        reports.runningFor(source.getId()).ifPresent(running -> {
            throw new MigrationRefusal(MigrationRefusal.Kind.CONFLICT, "migratie.refused.running",
                    String.valueOf(running.id()));
        });
        Plan plan = plan(source, target);
        if (!plan.problems().isEmpty()) {
            throw new MigrationRefusal(MigrationRefusal.Kind.INVALID, "migratie.refused.plan", plan.problems());
        }
        List<ProcessInstance> instances = runningInstances(source.getId());
        if (instances.isEmpty()) {
            throw new MigrationRefusal(MigrationRefusal.Kind.INVALID, "migratie.refused.noCases",
                    source.getVersion());
        }
        List<ActivityStatistics> statistics = managementService.createActivityStatisticsQuery(source.getId()).list();
        Map<String, List<String>> unmapped = new HashMap<>();
        unmappedLeaves(source.getId(), plan.mappedSources(), statistics)
                .forEach((instance, waiting) -> unmapped.put(instance.getId(), waiting));
        List<String> toMigrate = instances.stream().map(ProcessInstance::getId).filter(id -> !unmapped.containsKey(id))
                .toList();
        if (toMigrate.isEmpty()) {
            throw new MigrationRefusal(MigrationRefusal.Kind.INVALID, "migratie.refused.allSkipped", instances.size());
        }

        long runId;
        try {
            runId = reports.insertRun(clock.instant(), actor, source.getKey(), source.getId(), source.getVersion(),
                    target.getId(), target.getVersion());
        } catch (DuplicateKeyException concurrent) {
            // Another coordinator (on any node) started the same version a moment ago.
            throw new MigrationRefusal(MigrationRefusal.Kind.CONFLICT, "migratie.refused.running", "?");
        }
        Batch batch = runtimeService.newMigration(plan.plan()).processInstanceIds(toMigrate).executeAsync();
        reports.setBatch(runId, batch.getId(), batch.getBatchJobDefinitionId());

        Names names = names(source);
        List<MigrationCase> cases = new ArrayList<>();
        List<String> skippedLabels = new ArrayList<>();
        for (ProcessInstance instance : instances) {
            List<String> waiting = unmapped.get(instance.getId());
            if (waiting == null) {
                cases.add(new MigrationCase(instance.getId(), instance.getBusinessKey(),
                        MigrationCase.Status.PENDING, null, null));
            } else {
                String steps = waiting.stream().map(names::of).collect(Collectors.joining(", "));
                MigrationCase skipped = new MigrationCase(instance.getId(), instance.getBusinessKey(),
                        MigrationCase.Status.SKIPPED, MigrationCase.Reason.UNMAPPED_ACTIVITY, steps);
                cases.add(skipped);
                skippedLabels.add(skipped.label() + " (" + steps + ")");
            }
        }
        reports.insertCases(runId, cases);
        auditLog.record(actor, AuditLog.Kind.MIGRATION, source.getKey(), "Versie " + source.getVersion() + " → "
                + target.getVersion() + " (migratie " + runId + ", batch " + batch.getId() + "): " + toMigrate.size()
                + " over te zetten, " + skippedLabels.size() + " overgeslagen"
                + (skippedLabels.isEmpty() ? "" : ": " + String.join("; ", skippedLabels)));
        return new MigrationReport(reports.run(runId).orElseThrow(), reports.cases(runId));
    }

    // ---------------------------------------------------------------- the report

    /**
     * The stored report; while the run is RUNNING it is first brought up to date from the engine (on whichever
     * node asks), and marked DONE once the batch is finished or stands still with only failed parts.
     */
    @Transactional
    public Optional<MigrationReport> report(long runId) {
        Optional<MigrationRun> run = reports.run(runId);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        if (run.get().running()) {
            reconcile(run.get());
        }
        return reports.run(runId).map(r -> new MigrationReport(r, reports.cases(runId)));
    }

    /** The latest runs, newest first, running ones brought up to date. */
    @Transactional
    public List<MigrationRun> latestRuns(int limit) {
        reports.latest(limit).stream().filter(MigrationRun::running).forEach(this::reconcile);
        return reports.latest(limit);
    }

    private void reconcile(MigrationRun run) {
        BatchState state = batchState(run.batchId());
        boolean settled = state != BatchState.RUNNING;
        List<MigrationCase> open = reports.cases(run.id()).stream()
                .filter(c -> c.status() == MigrationCase.Status.PENDING).toList();
        if (!open.isEmpty()) {
            List<String> ids = open.stream().map(MigrationCase::processInstanceId).toList();
            Map<String, String> runningOn = runningDefinitions(ids);
            Map<String, HistoricProcessInstance> historic = historicInstances(ids.stream()
                    .filter(id -> !runningOn.containsKey(id)).toList());
            Failures failures = new Failures(run);
            for (MigrationCase c : open) {
                MigrationCase now = current(run, c, runningOn.get(c.processInstanceId()),
                        historic.get(c.processInstanceId()), settled, failures);
                if (!now.equals(c)) {
                    reports.updateCase(run.id(), now);
                }
            }
        }
        if (settled) {
            reports.finish(run.id(), clock.instant());
        }
    }

    private MigrationCase current(MigrationRun run, MigrationCase c, String runningDefinitionId,
            HistoricProcessInstance historic, boolean settled, Failures failures) {
        if (runningDefinitionId == null) {
            boolean migrated = historic != null && run.targetDefinitionId().equals(historic.getProcessDefinitionId());
            return with(c, migrated ? MigrationCase.Status.MIGRATED : MigrationCase.Status.ENDED, null, null);
        }
        if (runningDefinitionId.equals(run.targetDefinitionId())) {
            return with(c, MigrationCase.Status.MIGRATED, null, null);
        }
        if (runningDefinitionId.equals(run.sourceDefinitionId()) && !settled) {
            return c;
        }
        if (!runningDefinitionId.equals(run.sourceDefinitionId())) {
            return with(c, MigrationCase.Status.FAILED, MigrationCase.Reason.ENGINE_ERROR,
                    "Draait nu op " + runningDefinitionId);
        }
        // Still on the old version although the batch is done: say why, in words where we can.
        List<String> waiting = unmappedLeaves(c.processInstanceId(), failures.mapped());
        if (!waiting.isEmpty()) {
            return with(c, MigrationCase.Status.FAILED, MigrationCase.Reason.UNMAPPED_ACTIVITY,
                    waiting.stream().map(failures.names()::of).collect(Collectors.joining(", ")));
        }
        return with(c, MigrationCase.Status.FAILED, MigrationCase.Reason.ENGINE_ERROR,
                failures.messageFor(c.processInstanceId()));
    }

    private static MigrationCase with(MigrationCase c, MigrationCase.Status status, MigrationCase.Reason reason,
            String detail) {
        return new MigrationCase(c.processInstanceId(), c.caseNumber(), status, reason, detail);
    }

    /** What the engine said about the batch's failed parts, and the plan's mapping, looked up once per reconcile. */
    private final class Failures {

        private final MigrationRun run;
        private List<String> messages;
        private Set<String> mapped;
        private Names names;

        Failures(MigrationRun run) {
            this.run = run;
        }

        Set<String> mapped() {
            if (mapped == null) {
                Plan plan = plan(definition(run.sourceDefinitionId()), definition(run.targetDefinitionId()));
                mapped = plan.mappedSources();
            }
            return mapped;
        }

        Names names() {
            if (names == null) {
                names = MigrationService.this.names(definition(run.sourceDefinitionId()));
            }
            return names;
        }

        /** The engine's message about this instance; else the batch's latest failure; else null. */
        String messageFor(String processInstanceId) {
            if (messages == null) {
                messages = run.batchJobDefinitionId() == null ? List.of() : historyService
                        .createHistoricJobLogQuery().jobDefinitionId(run.batchJobDefinitionId()).failureLog()
                        .orderByTimestamp().desc().list().stream().map(HistoricJobLog::getJobExceptionMessage)
                        .filter(Objects::nonNull).toList();
            }
            return messages.stream().filter(m -> m.contains(processInstanceId)).findFirst()
                    .orElse(messages.isEmpty() ? null : messages.get(0));
        }
    }

    private BatchState batchState(String batchId) {
        if (batchId == null || managementService.createBatchQuery().batchId(batchId).count() == 0) {
            return BatchState.GONE;
        }
        BatchStatistics statistics = managementService.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (statistics != null && statistics.getJobsCreated() >= statistics.getTotalJobs()
                && statistics.getRemainingJobs() > 0 && statistics.getRemainingJobs() == statistics.getFailedJobs()) {
            // Every part that is left has used up its retries: nothing will change without someone's help.
            return BatchState.STALLED;
        }
        return BatchState.RUNNING;
    }

    // ---------------------------------------------------------------- the plan

    /**
     * mapEqualActivities with updateEventTriggers, as Camunda generates it; then rebuilt with the trigger renewed
     * only where the new version changed it (and always for conditional events, which the engine requires).
     */
    private Plan plan(ProcessDefinition source, ProcessDefinition target) {
        MigrationPlan generated;
        try {
            generated = runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities()
                    .updateEventTriggers().build();
        } catch (MigrationPlanValidationException e) {
            return new Plan(null, problems(e));
        }
        BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
        BpmnModelInstance targetModel = repositoryService.getBpmnModelInstance(target.getId());
        MigrationPlanBuilder builder = runtimeService.createMigrationPlan(source.getId(), target.getId());
        for (MigrationInstruction instruction : generated.getInstructions()) {
            MigrationInstructionBuilder mapped = builder.mapActivities(instruction.getSourceActivityId(),
                    instruction.getTargetActivityId());
            boolean renew = instruction.isUpdateEventTrigger()
                    && (isConditional(sourceModel, instruction.getSourceActivityId())
                    || !Objects.equals(trigger(sourceModel, instruction.getSourceActivityId()),
                            trigger(targetModel, instruction.getTargetActivityId())));
            builder = renew ? mapped.updateEventTrigger() : mapped;
        }
        try {
            return new Plan(builder.build(), List.of());
        } catch (MigrationPlanValidationException e) {
            return new Plan(null, problems(e));
        }
    }

    private static List<String> problems(MigrationPlanValidationException e) {
        List<String> problems = new ArrayList<>();
        for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
            MigrationInstruction instruction = report.getMigrationInstruction();
            report.getFailures().forEach(failure -> problems.add(instruction.getSourceActivityId() + " → "
                    + instruction.getTargetActivityId() + ": " + failure));
        }
        if (problems.isEmpty()) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** What an event (or receive task) waits for, as text; null for anything else. */
    private static String trigger(BpmnModelInstance model, String activityId) {
        ModelElementInstance element = model.getModelElementById(activityId);
        if (element instanceof ReceiveTask task) {
            return "message:" + (task.getMessage() == null ? "" : task.getMessage().getName());
        }
        if (element instanceof CatchEvent event) {
            return event.getEventDefinitions().stream().map(MigrationService::trigger)
                    .collect(Collectors.joining("|"));
        }
        return null;
    }

    private static String trigger(EventDefinition definition) {
        if (definition instanceof TimerEventDefinition timer) {
            return "timer:" + text(timer.getTimeDate()) + "/" + text(timer.getTimeDuration()) + "/"
                    + text(timer.getTimeCycle());
        }
        if (definition instanceof MessageEventDefinition message) {
            return "message:" + (message.getMessage() == null ? "" : message.getMessage().getName());
        }
        if (definition instanceof SignalEventDefinition signal) {
            return "signal:" + (signal.getSignal() == null ? "" : signal.getSignal().getName());
        }
        return definition.getElementType().getTypeName();
    }

    private static boolean isConditional(BpmnModelInstance model, String activityId) {
        return model.getModelElementById(activityId) instanceof CatchEvent event && event.getEventDefinitions()
                .stream().anyMatch(ConditionalEventDefinition.class::isInstance);
    }

    private static String text(ModelElementInstance element) {
        return element == null || element.getTextContent() == null ? "" : element.getTextContent().trim();
    }

    // ---------------------------------------------------------------- instances

    private ProcessDefinition newest(ProcessDefinition source) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(source.getKey())
                .withoutTenantId().latestVersion().singleResult();
    }

    private List<ProcessInstance> runningInstances(String definitionId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId).list();
    }

    /**
     * The instances that wait in a step without migration instruction, with those steps. The engine refuses such an
     * instance (every leaf of its activity tree needs an instruction); the statistics name the candidates in one
     * query, their activity trees decide.
     */
    private Map<ProcessInstance, List<String>> unmappedLeaves(String definitionId, Set<String> mapped,
            List<ActivityStatistics> statistics) {
        String[] suspect = statistics.stream().map(ActivityStatistics::getId).filter(id -> !mapped.contains(id))
                .toArray(String[]::new);
        Map<ProcessInstance, List<String>> result = new LinkedHashMap<>();
        if (suspect.length == 0) {
            return result;
        }
        for (ProcessInstance candidate : runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId)
                .activityIdIn(suspect).list()) {
            List<String> waiting = unmappedLeaves(candidate.getId(), mapped);
            if (!waiting.isEmpty()) {
                result.put(candidate, waiting);
            }
        }
        return result;
    }

    private List<String> unmappedLeaves(String processInstanceId, Set<String> mapped) {
        ActivityInstance tree = runtimeService.getActivityInstance(processInstanceId);
        List<String> waiting = new ArrayList<>();
        if (tree != null) {
            collectUnmappedLeaves(tree, mapped, waiting);
        }
        return waiting.stream().distinct().toList();
    }

    private static void collectUnmappedLeaves(ActivityInstance scope, Set<String> mapped, List<String> waiting) {
        for (TransitionInstance transition : scope.getChildTransitionInstances()) {
            if (!mapped.contains(transition.getActivityId())) {
                waiting.add(transition.getActivityId());
            }
        }
        for (ActivityInstance child : scope.getChildActivityInstances()) {
            if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
                if (!mapped.contains(child.getActivityId())) {
                    waiting.add(child.getActivityId());
                }
            } else {
                collectUnmappedLeaves(child, mapped, waiting);
            }
        }
    }

    private Map<String, String> runningDefinitions(List<String> ids) {
        Map<String, String> result = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Set<String> chunk = Set.copyOf(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            runtimeService.createProcessInstanceQuery().processInstanceIds(chunk).list()
                    .forEach(p -> result.put(p.getId(), p.getProcessDefinitionId()));
        }
        return result;
    }

    private Map<String, HistoricProcessInstance> historicInstances(List<String> ids) {
        Map<String, HistoricProcessInstance> result = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Set<String> chunk = Set.copyOf(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            historyService.createHistoricProcessInstanceQuery().processInstanceIds(chunk).list()
                    .forEach(p -> result.put(p.getId(), p));
        }
        return result;
    }

    // ---------------------------------------------------------------- names

    private Names names(ProcessDefinition definition) {
        return new Names(repositoryService.getBpmnModelInstance(definition.getId()));
    }

    /** A version's steps by name, as the coordinator knows them from the diagram. */
    private record Names(BpmnModelInstance model) {

        String of(String activityId) {
            // A multi-instance body ("…#multiInstanceBody") is named after its activity.
            String id = activityId.endsWith(MULTI_INSTANCE_BODY)
                    ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length()) : activityId;
            ModelElementInstance element = model.getModelElementById(id);
            return element instanceof FlowElement flow && flow.getName() != null && !flow.getName().isBlank()
                    ? flow.getName().replaceAll("\\s+", " ").trim() : id;
        }

        /** The steps a case can wait in: activities and catching events. */
        List<String> steps() {
            return model.getModelElementsByType(FlowNode.class).stream()
                    .filter(n -> n instanceof Activity || n instanceof IntermediateCatchEvent
                            || n instanceof BoundaryEvent)
                    .map(FlowNode::getId).toList();
        }
    }
}
