package nl.welzijnsroute.coordination;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A small process of a test's own (its own key, so the shared database's other cases never count): version 1 has
 * "Voer intake uit" (with a 14-day boundary timer), "Beoordeel aanvraag" and "Oude stap"; version 2 drops "Oude stap"
 * and adds "Nieuwe stap". The job executor is off in tests: {@link #runBatch} drives a batch's jobs.
 */
final class MigrationTestProcess {

    static final String INTAKE = "Task_ConductIntake";
    static final String REVIEW = "Task_ReviewRequest";
    static final String OLD_STEP = "Task_OldStep";
    static final String NEW_STEP = "Task_NewStep";
    static final String INTAKE_LATE = "BoundaryEvent_IntakeLate";

    final String key;
    private final ProcessEngine engine;

    MigrationTestProcess(ProcessEngine engine, String prefix) {
        this.engine = engine;
        this.key = prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    ProcessDefinition deployV1() {
        return deploy(Bpmn.createExecutableProcess(key).name("Testmigratie").camundaHistoryTimeToLive(365)
                .startEvent("StartEvent_Started")
                .userTask(INTAKE).name("Voer intake uit").camundaCandidateGroups("coordinator")
                .boundaryEvent(INTAKE_LATE).name("Intake 14 dagen te laat").timerWithDuration("P14D")
                .endEvent("EndEvent_Late")
                .moveToActivity(INTAKE)
                .userTask(REVIEW).name("Beoordeel aanvraag").camundaCandidateGroups("coordinator")
                .userTask(OLD_STEP).name("Oude stap").camundaCandidateGroups("coordinator")
                .endEvent("EndEvent_Done").done());
    }

    /** Version 2: no "Oude stap", a "Nieuwe stap" before the end; the intake timer as given. */
    ProcessDefinition deployV2(String intakeTimer) {
        return deploy(Bpmn.createExecutableProcess(key).name("Testmigratie").camundaHistoryTimeToLive(365)
                .startEvent("StartEvent_Started")
                .userTask(INTAKE).name("Voer intake uit").camundaCandidateGroups("coordinator")
                .boundaryEvent(INTAKE_LATE).name("Intake te laat").timerWithDuration(intakeTimer)
                .endEvent("EndEvent_Late")
                .moveToActivity(INTAKE)
                .userTask(REVIEW).name("Beoordeel aanvraag").camundaCandidateGroups("coordinator")
                .userTask(NEW_STEP).name("Nieuwe stap").camundaCandidateGroups("coordinator")
                .endEvent("EndEvent_Done").done());
    }

    private ProcessDefinition deploy(BpmnModelInstance model) {
        String deploymentId = engine.getRepositoryService().createDeployment().name(key)
                .addModelInstance(key + ".bpmn", model).deploy().getId();
        return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deploymentId)
                .singleResult();
    }

    ProcessInstance start(String businessKey) {
        return engine.getRuntimeService().startProcessInstanceByKey(key, businessKey);
    }

    /** Starts an instance and completes tasks until it waits in {@code activityId}. */
    ProcessInstance startAt(String businessKey, String activityId) {
        ProcessInstance instance = start(businessKey);
        for (String step : List.of(INTAKE, REVIEW)) {
            if (step.equals(activityId)) {
                break;
            }
            complete(instance.getId());
        }
        return instance;
    }

    void complete(String processInstanceId) {
        engine.getTaskService().complete(task(processInstanceId).getId());
    }

    Task task(String processInstanceId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    Job timer(String processInstanceId) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
                .singleResult();
    }

    String definitionOf(String processInstanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getProcessDefinitionId();
    }

    /**
     * Runs the batch as the job executor would: the seed job, every migration job (a failing one is given up at
     * once, as after its last retry), then the monitor job, which completes the batch when nothing failed.
     */
    void runBatch(String batchId) {
        ManagementService management = engine.getManagementService();
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        for (int round = 0; round < 10; round++) {
            boolean progressed = false;
            for (Job seed : management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId())
                    .withRetriesLeft().list()) {
                management.executeJob(seed.getId());
                progressed = true;
            }
            for (Job job : management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId())
                    .withRetriesLeft().list()) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    management.setJobRetries(job.getId(), 0);
                }
                progressed = true;
            }
            if (!progressed) {
                break;
            }
        }
        for (Job monitor : management.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).list()) {
            management.executeJob(monitor.getId());
        }
    }
}
