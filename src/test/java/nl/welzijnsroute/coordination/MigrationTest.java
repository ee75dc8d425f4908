package nl.welzijnsroute.coordination;

import static nl.welzijnsroute.coordination.MigrationTestProcess.INTAKE;
import static nl.welzijnsroute.coordination.MigrationTestProcess.OLD_STEP;
import static nl.welzijnsroute.coordination.MigrationTestProcess.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.welzijnsroute.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Moving running cases to the newest version at {@code /beheer/migratie}: the mapping first (which steps map, which
 * cases are left out), then the batch, then the report per case from the database. Waiting cases keep their task,
 * assignee and due date, and an unchanged timer keeps its due date.
 */
@IntegrationTest
class MigrationTest {

    private static final String ACTOR = "t.mig.coordinator";
    private static final RequestPostProcessor COORDINATOR = user(ACTOR).roles("coordinator");
    private static final RequestPostProcessor COACH = user("t.mig.coach").roles("coach", "team-oldambt");

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    MigrationService migrations;
    @Autowired
    AuditLog auditLog;

    MigrationTestProcess process;

    @BeforeEach
    void process() {
        process = new MigrationTestProcess(engine, "t-migratie");
    }

    @Test
    void coordinator_seesTheMapping_startsTheBatch_andReadsTheResultPerCase() throws Exception {
        ProcessDefinition v1 = process.deployV1();
        String prefix = process.key.toUpperCase();
        ProcessInstance atIntake = process.startAt(prefix + "-A", INTAKE);
        ProcessInstance atReview = process.startAt(prefix + "-B", REVIEW);
        ProcessInstance atOldStep = process.startAt(prefix + "-C", OLD_STEP);

        // The coach's work on the waiting task: assigned, with a due date; and the intake's 14-day timer.
        taskService.setAssignee(process.task(atIntake.getId()).getId(), "t.mig.coach");
        Task intakeTask = process.task(atIntake.getId());
        Date due = Date.from(Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.SECONDS));
        intakeTask.setDueDate(due);
        taskService.saveTask(intakeTask);
        Job timerBefore = process.timer(atIntake.getId());
        Task reviewTask = process.task(atReview.getId());
        Task oldStepTask = process.task(atOldStep.getId());

        ProcessDefinition v2 = process.deployV2("P14D");

        // The choice: version 1 has running cases, version 2 is the newest.
        String index = page(get("/beheer/migratie"));
        assertThat(index).contains("Lopende casussen overzetten", process.key, "versie 1: 3 lopend",
                "/beheer/migratie/plan?key=" + process.key + "&version=1");

        // The mapping, before anything happens.
        String plan = page(get("/beheer/migratie/plan").param("key", process.key).param("version", "1"));
        assertThat(plan).contains("Testmigratie: versie 1 → 2", "Stappen waarin nu casussen wachten",
                "Voer intake uit", "Beoordeel aanvraag", "✓ Beoordeel aanvraag", "Oude stap",
                "✗ bestaat niet in versie 2", "Overgeslagen casussen (1)", prefix + "-C",
                "2 van de 3 lopende casussen gaan over naar versie 2.", "Start de migratie",
                "name=\"target\" value=\"" + v2.getId() + "\"");
        assertThat(plan).as("an unchanged timer keeps its due date: its trigger is not renewed")
                .doesNotContain("anders; bij het overzetten worden ze opnieuw ingesteld");
        MigrationPreview preview = migrations.preview(v1);
        assertThat(preview.activities()).extracting(MigrationPreview.ActivityRow::activityId,
                MigrationPreview.ActivityRow::instances, MigrationPreview.ActivityRow::maps)
                .containsExactlyInAnyOrder(tuple(OLD_STEP, 1, false),
                        tuple(INTAKE, 1, true),
                        tuple(REVIEW, 1, true));
        assertThat(preview.unmappedSteps()).containsExactly("Oude stap");
        assertThat(preview.renewedTriggers()).isEmpty();
        assertThat(preview.skipped()).extracting(MigrationPreview.SkippedCase::caseNumber,
                MigrationPreview.SkippedCase::waitingIn).containsExactly(
                        tuple(prefix + "-C", List.of("Oude stap")));
        assertThat(process.definitionOf(atIntake.getId())).as("looking changes nothing").isEqualTo(v1.getId());
        assertThat(index + plan).doesNotContain("??");
        assertThat(page(get("/beheer/migratie/plan").param("key", process.key).param("version", "1")
                .param("lang", "en"))).contains("Testmigratie: version 1 → 2", "✗ does not exist in version 2",
                        "Skipped cases (1)").doesNotContain("??");

        // Start: the batch is created, the report stored with every case.
        String location = mvc.perform(post("/beheer/migratie").param("key", process.key).param("version", "1")
                        .param("target", v2.getId()).with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/beheer/migratie/\\d+");
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        MigrationReport started = migrations.report(runId).orElseThrow();
        assertThat(started.run().running()).isTrue();
        assertThat(started.run().batchId()).isNotNull();
        assertThat(managementService.createBatchQuery().batchId(started.run().batchId()).count()).isEqualTo(1);
        assertThat(statuses(started)).containsExactlyInAnyOrderEntriesOf(Map.of(prefix + "-A", "PENDING",
                prefix + "-B", "PENDING", prefix + "-C", "SKIPPED"));
        assertThat(page(get(location))).contains("De batch loopt nog", "bezig",
                "overgeslagen", "wacht in Oude stap, dat versie 2 niet heeft");

        List<AuditLog.Event> audit = auditLog.about(AuditLog.Kind.MIGRATION, process.key);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).actor()).isEqualTo(ACTOR);
        assertThat(audit.get(0).detail()).contains("Versie 1 → 2", started.run().batchId(), "2 over te zetten",
                "1 overgeslagen", prefix + "-C (Oude stap)");

        // The batch runs (the job executor is off in tests).
        process.runBatch(started.run().batchId());

        // Waiting cases are on version 2 with the same task, assignee and due date; the timer is untouched.
        assertThat(process.definitionOf(atIntake.getId())).isEqualTo(v2.getId());
        assertThat(process.definitionOf(atReview.getId())).isEqualTo(v2.getId());
        Task intakeAfter = process.task(atIntake.getId());
        assertThat(intakeAfter.getId()).isEqualTo(intakeTask.getId());
        assertThat(intakeAfter.getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(intakeAfter.getTaskDefinitionKey()).isEqualTo(INTAKE);
        assertThat(intakeAfter.getAssignee()).isEqualTo("t.mig.coach");
        assertThat(intakeAfter.getDueDate()).isEqualTo(due);
        Job timerAfter = process.timer(atIntake.getId());
        assertThat(timerAfter.getId()).isEqualTo(timerBefore.getId());
        assertThat(timerAfter.getDuedate()).isEqualTo(timerBefore.getDuedate());
        assertThat(timerAfter.getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(process.task(atReview.getId()).getId()).isEqualTo(reviewTask.getId());
        // The left-out case waits where it was, on version 1.
        assertThat(process.definitionOf(atOldStep.getId())).isEqualTo(v1.getId());
        assertThat(process.task(atOldStep.getId()).getId()).isEqualTo(oldStepTask.getId());
        // And the migrated case carries on in version 2: review, then the new step.
        process.complete(atReview.getId());
        assertThat(process.task(atReview.getId()).getTaskDefinitionKey()).isEqualTo(MigrationTestProcess.NEW_STEP);

        // The report, from the database: per case, and done.
        MigrationReport done = migrations.report(runId).orElseThrow();
        assertThat(done.run().running()).isFalse();
        assertThat(done.run().finishedAt()).isNotNull();
        assertThat(statuses(done)).containsExactlyInAnyOrderEntriesOf(Map.of(prefix + "-A", "MIGRATED",
                prefix + "-B", "MIGRATED", prefix + "-C", "SKIPPED"));
        assertThat(done.withStatus(MigrationCase.Status.SKIPPED).get(0).detail()).isEqualTo("Oude stap");
        assertThat(managementService.createBatchQuery().batchId(done.run().batchId()).count())
                .as("the engine forgets a finished batch; the report stays").isZero();
        String report = page(get(location));
        assertThat(report).contains("Klaar op", "Overgezet: 2 · bezig: 0 · overgeslagen: 1 · niet overgezet: 0",
                "data-case=\"" + prefix + "-A\" data-status=\"MIGRATED\"",
                "data-case=\"" + prefix + "-C\" data-status=\"SKIPPED\"", "wacht in Oude stap");
        assertThat(report).doesNotContain("??");
        assertThat(page(get(location).param("lang", "en"))).contains("Moved: 2", "skipped: waits in Oude stap")
                .doesNotContain("??");
        assertThat(page(get("/beheer/migratie"))).contains("data-run-id=\"" + runId + "\"")
                .doesNotContain("versie 1: 2 lopend");

        // The newest version cannot be a source; the old version has only the skipped case left.
        assertThat(page(get("/beheer/migratie/plan").param("key", process.key).param("version", "2")))
                .contains("Versie 2 is al de nieuwste versie");
        assertThat(page(get("/beheer/migratie/plan").param("key", process.key).param("version", "1")))
                .contains("0 van de 1 lopende casussen", "Er is niets om over te zetten.")
                .doesNotContain("Start de migratie");
    }

    @Test
    void aCaseThatMovesIntoARemovedStepBeforeTheBatchReachesIt_isReportedNotMoved_withTheReason() {
        process.deployV1();
        String prefix = process.key.toUpperCase();
        ProcessInstance moving = process.startAt(prefix + "-D", REVIEW);
        ProcessInstance staying = process.startAt(prefix + "-E", INTAKE);
        ProcessDefinition v1 = migrations.definition(process.key, 1);
        process.deployV2("P14D");

        MigrationReport started = migrations.start(ACTOR, v1, null);
        assertThat(statuses(started)).containsOnly(Map.entry(prefix + "-D", "PENDING"),
                Map.entry(prefix + "-E", "PENDING"));

        // Between the check and the batch, the coach completes the review: the case now waits in "Oude stap".
        process.complete(moving.getId());
        process.runBatch(started.run().batchId());

        MigrationReport done = migrations.report(started.run().id()).orElseThrow();
        assertThat(done.run().running()).as("a batch with only given-up parts left is finished").isFalse();
        MigrationCase failed = done.cases().stream().filter(c -> c.caseNumber().equals(prefix + "-D")).findFirst()
                .orElseThrow();
        assertThat(failed.status()).isEqualTo(MigrationCase.Status.FAILED);
        assertThat(failed.reason()).isEqualTo(MigrationCase.Reason.UNMAPPED_ACTIVITY);
        assertThat(failed.detail()).isEqualTo("Oude stap");
        assertThat(statuses(done)).containsEntry(prefix + "-E", "MIGRATED");
        assertThat(process.definitionOf(moving.getId())).isEqualTo(v1.getId());
        assertThat(process.definitionOf(staying.getId())).isNotEqualTo(v1.getId());
    }

    @Test
    void aChangedTimer_isRenewedFromTheNewVersion_andThePlanSaysSo() throws Exception {
        process.deployV1();
        ProcessInstance atIntake = process.startAt(process.key.toUpperCase() + "-F", INTAKE);
        Date before = process.timer(atIntake.getId()).getDuedate();
        process.deployV2("P3D");

        assertThat(page(get("/beheer/migratie/plan").param("key", process.key).param("version", "1")))
                .contains("Versie 2 beschrijft deze gebeurtenissen anders; bij het overzetten worden ze opnieuw "
                        + "ingesteld", "<li>Intake te laat</li>");
        MigrationPreview preview = migrations.preview(migrations.definition(process.key, 1));
        assertThat(preview.renewedTriggers()).containsExactly("Intake te laat");
        assertThat(preview.activities()).extracting(MigrationPreview.ActivityRow::activityId,
                MigrationPreview.ActivityRow::updatesTrigger).containsExactly(
                        tuple(INTAKE, false));

        MigrationReport started = migrations.start(ACTOR, preview.source(), null);
        process.runBatch(started.run().batchId());

        Date after = process.timer(atIntake.getId()).getDuedate();
        assertThat(after).isBefore(before);
        assertThat(after.toInstant()).isCloseTo(Instant.now().plus(Duration.ofDays(3)), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void api_startsWith202_listsTheSkippedCases_refusesASecondRun_andReportsPerCase() throws Exception {
        ProcessDefinition v1 = process.deployV1();
        String prefix = process.key.toUpperCase();
        process.startAt(prefix + "-G", REVIEW);
        process.startAt(prefix + "-H", OLD_STEP);
        process.deployV2("P14D");

        String body = mvc.perform(post("/api/beheer/migrations").contentType("application/json")
                        .content("{\"key\":\"" + process.key + "\",\"version\":1}").with(COORDINATOR).with(csrf()))
                .andExpect(status().isAccepted()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode started = new ObjectMapper().readTree(body);
        long id = started.get("id").asLong();
        assertThat(started.get("batchId").asText()).isNotBlank();
        assertThat(started.get("sourceProcessDefinitionId").asText()).isEqualTo(v1.getId());
        assertThat(started.get("sourceVersion").asInt()).isEqualTo(1);
        assertThat(started.get("targetVersion").asInt()).isEqualTo(2);
        assertThat(started.get("migrating").asInt()).isEqualTo(1);
        assertThat(started.get("skipped")).hasSize(1);
        assertThat(started.get("skipped").get(0).get("caseNumber").asText()).isEqualTo(prefix + "-H");
        assertThat(started.get("skipped").get(0).get("status").asText()).isEqualTo("SKIPPED");
        assertThat(started.get("skipped").get(0).get("reason").asText()).isEqualTo("UNMAPPED_ACTIVITY");
        assertThat(started.get("skipped").get(0).get("detail").asText()).isEqualTo("Oude stap");
        assertThat(started.get("skipped").get(0).get("text").asText())
                .isEqualTo("overgeslagen: wacht in Oude stap, dat versie 2 niet heeft");
        assertThat(started.get("report").asText()).isEqualTo("/api/beheer/migrations/" + id);

        // One migration of a version at a time.
        assertThat(mvc.perform(post("/api/beheer/migrations").contentType("application/json")
                        .content("{\"processDefinitionId\":\"" + v1.getId() + "\"}").with(COORDINATOR).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
                .contains("Er loopt al een migratie van deze versie");

        process.runBatch(started.get("batchId").asText());
        String report = mvc.perform(get("/api/beheer/migrations/" + id).with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("\"status\":\"DONE\"", "\"caseNumber\":\"" + prefix + "-G\"",
                "\"status\":\"MIGRATED\"", "\"text\":\"overgezet\"");
    }

    @Test
    void api_refusesInWords_andNothingHappens() throws Exception {
        ProcessDefinition v1 = process.deployV1();
        process.startAt(process.key.toUpperCase() + "-I", OLD_STEP);
        assertThat(api("{\"key\":\"" + process.key + "\",\"version\":1}", 400))
                .contains("Versie 1 is al de nieuwste versie");
        process.deployV2("P14D");
        assertThat(api("{\"key\":\"" + process.key + "\",\"version\":1}", 400))
                .contains("Geen van de 1 lopende casussen kan over");
        assertThat(api("{}", 400)).contains("Geef óf processDefinitionId, óf key en version.");
        assertThat(api("{\"key\":\"" + process.key + "\"}", 400)).contains("\"field\":\"version\"");
        assertThat(api("{\"processDefinitionId\":\"" + v1.getId() + "\",\"key\":\"x\",\"version\":1}", 400))
                .contains("Geef óf processDefinitionId");
        assertThat(api("{\"key\":\"" + process.key + "\",\"version\":7}", 404))
                .contains("heeft geen versie 7");
        assertThat(api("{\"processDefinitionId\":\"bestaat-niet:1:1\"}", 404)).contains("bestaat niet");
        assertThat(api("{niet json", 400)).contains("geen geldige JSON");
        assertThat(auditLog.about(AuditLog.Kind.MIGRATION, process.key)).isEmpty();
        mvc.perform(get("/api/beheer/migrations/999999999").with(COORDINATOR)).andExpect(status().isNotFound());
        mvc.perform(get("/beheer/migratie/999999999").with(COORDINATOR)).andExpect(status().isNotFound());
        mvc.perform(get("/beheer/migratie/plan").param("key", process.key).param("version", "x").with(COORDINATOR))
                .andExpect(status().isNotFound());
    }

    @Test
    void aVersionDeployedAfterTheCoordinatorLooked_stopsTheStart_withTheNewMapping() throws Exception {
        process.deployV1();
        process.startAt(process.key.toUpperCase() + "-J", REVIEW);
        ProcessDefinition seen = process.deployV2("P14D");
        process.deployV2("P7D");

        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/beheer/migratie").param("key", process.key)
                        .param("version", "1").param("target", seen.getId()).with(COORDINATOR).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Intussen is versie 3 uitgerold. Bekijk de indeling opnieuw voordat u start.",
                "Testmigratie: versie 1 → 3");
        assertThat(auditLog.about(AuditLog.Kind.MIGRATION, process.key)).isEmpty();
        assertThat(migrations.latestRuns(50)).noneMatch(r -> r.processKey().equals(process.key));
    }

    @Test
    void coach_getsNoAccess() throws Exception {
        mvc.perform(get("/beheer/migratie").with(COACH)).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/migratie").param("key", "welzijn-op-recept").param("version", "1").with(COACH)
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/beheer/migrations").contentType("application/json")
                .content("{\"key\":\"welzijn-op-recept\",\"version\":1}").with(COACH).with(csrf()))
                .andExpect(status().isForbidden());
    }

    // ---------------------------------------------------------------- helpers

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(COORDINATOR)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private String api(String json, int expected) throws Exception {
        return mvc.perform(post("/api/beheer/migrations").contentType("application/json").content(json)
                        .with(COORDINATOR).with(csrf()))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(
                        StandardCharsets.UTF_8);
    }

    private static Map<String, String> statuses(MigrationReport report) {
        return report.cases().stream().collect(Collectors.toMap(MigrationCase::caseNumber, c -> c.status().name()));
    }
}
