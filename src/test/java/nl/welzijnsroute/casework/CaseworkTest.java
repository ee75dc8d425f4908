package nl.welzijnsroute.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.support.Cases;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Work queue, task forms and case page: what a coach and a coordinator can see and do, and nothing more. */
@IntegrationTest
class CaseworkTest {

    private static final RequestPostProcessor COACH_SK = user("t.cw.coach.sk").roles("coach", "team-stadskanaal");
    private static final RequestPostProcessor COACH_SK2 = user("t.cw.coach.sk2").roles("coach", "team-stadskanaal");
    private static final RequestPostProcessor COACH_GR = user("t.cw.coach.gr").roles("coach", "team-groningen");
    private static final RequestPostProcessor COORDINATOR = user("t.cw.coordinator").roles("coordinator");
    private static final RequestPostProcessor HUISARTS = user("t.cw.huisarts").roles("huisarts");

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    TestUsers users;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AccessLogRepository accessLog;
    @Autowired
    CaseNoteRepository notes;
    @Autowired
    PgScoreRepository pgScores;

    ReferralCase stadskanaal;
    ReferralCase groningen;

    @BeforeEach
    void referrals() {
        users.user("t.cw.coach.sk", "coach", "team-stadskanaal");
        stadskanaal = cases.refer(Municipality.STADSKANAAL, 50);
        groningen = cases.refer(Municipality.GRONINGEN, 50);
    }

    @Test
    void workQueue_showsMyTeamsWork_andNotAnotherTeams() throws Exception {
        mvc.perform(get("/werkvoorraad").param("q", stadskanaal.getCaseNumber()).with(COACH_SK))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(row(stadskanaal))))
                .andExpect(content().string(containsString("Neem contact op met cliënt")));
        mvc.perform(get("/werkvoorraad").param("q", groningen.getCaseNumber()).with(COACH_SK))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(row(groningen)))));
        mvc.perform(get("/werkvoorraad").with(COACH_SK))
                .andExpect(content().string(not(containsString(row(groningen)))));
        mvc.perform(get("/werkvoorraad").param("q", groningen.getCaseNumber()).with(COORDINATOR))
                .andExpect(content().string(containsString(row(groningen))));
    }

    @Test
    void workQueue_filtersByTypeGemeenteDueAndName() throws Exception {
        String row = row(stadskanaal);
        mvc.perform(get("/werkvoorraad").param("type", WorProcess.Activity.CONTACT_CLIENT).param("gemeente", "Stadskanaal")
                .with(COORDINATOR)).andExpect(content().string(containsString(row)));
        mvc.perform(get("/werkvoorraad").param("gemeente", "Veendam").with(COORDINATOR))
                .andExpect(content().string(not(containsString(row))));
        mvc.perform(get("/werkvoorraad").param("type", WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK).with(COORDINATOR))
                .andExpect(content().string(not(containsString(row))));
        // Due in two weeks: neither overdue nor due today.
        mvc.perform(get("/werkvoorraad").param("due", "overdue").with(COORDINATOR))
                .andExpect(content().string(not(containsString(row))));
        Task task = contactTask(stadskanaal);
        task.setDueDate(new Date(System.currentTimeMillis() - 3L * 24 * 3600 * 1000));
        taskService.saveTask(task);
        mvc.perform(get("/werkvoorraad").param("due", "overdue").with(COORDINATOR))
                .andExpect(content().string(containsString(row)));
        // Name search goes through the case tables: every test client is called "Test Client".
        mvc.perform(get("/werkvoorraad").param("q", "test cli").param("gemeente", "Stadskanaal").with(COORDINATOR))
                .andExpect(content().string(containsString(row)));
        mvc.perform(get("/werkvoorraad").param("q", "Nobody-" + System.nanoTime()).with(COORDINATOR))
                .andExpect(content().string(containsString("id=\"work-empty\"")));
    }

    @Test
    void workQueue_pages() throws Exception {
        for (int i = 0; i <= WorkQueueService.PAGE_SIZE; i++) {
            cases.refer(Municipality.PEKELA, 30);
        }
        mvc.perform(get("/werkvoorraad").param("gemeente", "Pekela").with(COORDINATOR))
                .andExpect(content().string(containsString("pagination")));
        mvc.perform(get("/werkvoorraad").param("gemeente", "Pekela").param("page", "1").with(COORDINATOR))
                .andExpect(status().isOk()).andExpect(content().string(containsString("work-item")));
    }

    @Test
    void claimAndUnclaim_andOnlyTheAssigneeOrACoordinatorHandsBack() throws Exception {
        Task task = contactTask(stadskanaal);
        mvc.perform(post("/taken/" + task.getId() + "/claim").with(COACH_SK).with(csrf()))
                .andExpect(redirectedUrl("/werkvoorraad")).andExpect(flash().attribute("message", "task.claimed"));
        assertThat(contactTask(stadskanaal).getAssignee()).isEqualTo("t.cw.coach.sk");

        mvc.perform(post("/taken/" + task.getId() + "/claim").with(COACH_SK2).with(csrf()))
                .andExpect(flash().attribute("message", "task.takenBySomeoneElse"));
        mvc.perform(post("/taken/" + task.getId() + "/unclaim").with(COACH_SK2).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/taken/" + task.getId() + "/unclaim").with(COACH_SK).with(csrf()))
                .andExpect(flash().attribute("message", "task.unclaimed"));
        assertThat(contactTask(stadskanaal).getAssignee()).isNull();
        assertThat(accessLog.findByCaseIdOrderByAtDescIdDesc(stadskanaal.getId()))
                .extracting(AccessLogEntry::getAction)
                .contains(AccessLogEntry.Action.CLAIM_TASK, AccessLogEntry.Action.UNCLAIM_TASK);
    }

    @Test
    void anotherTeamsTask_isNotFound_forEveryAction() throws Exception {
        Task task = contactTask(groningen);
        mvc.perform(get("/taken/" + task.getId()).with(COACH_SK)).andExpect(status().isNotFound());
        mvc.perform(post("/taken/" + task.getId()).with(COACH_SK).with(csrf())
                .param("field_contactOutcome", "REACHED").param("field_contactChannel", "PHONE"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/taken/" + task.getId() + "/claim").with(COACH_SK).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/taken/does-not-exist").with(COACH_SK)).andExpect(status().isNotFound());
        assertThat(contactTask(groningen).getAssignee()).isNull();
    }

    @Test
    void reassign_isForCoordinators_toAMemberOfTheTeam() throws Exception {
        users.user("t.cw.member", "coach", "team-stadskanaal");
        users.user("t.cw.outsider", "coach", "team-veendam");
        Task task = contactTask(stadskanaal);
        mvc.perform(post("/taken/" + task.getId() + "/assign").param("assignee", "t.cw.member").with(COACH_SK)
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/taken/" + task.getId() + "/assign").param("assignee", "t.cw.outsider").with(COORDINATOR)
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/taken/" + task.getId() + "/assign").param("assignee", "t.cw.member").with(COORDINATOR)
                .with(csrf())).andExpect(flash().attribute("message", "task.assigned"));
        assertThat(contactTask(stadskanaal).getAssignee()).isEqualTo("t.cw.member");
    }

    @Test
    void taskForm_rejectsInvalidInputInDutch_thenCompletesAndTheJourneyMovesOn() throws Exception {
        Task task = contactTask(stadskanaal);
        mvc.perform(get("/taken/" + task.getId()).with(COACH_SK)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Uitkomst van deze contactpoging")))
                .andExpect(content().string(containsString("name=\"field_contactChannel\"")));

        mvc.perform(post("/taken/" + task.getId()).with(COACH_SK).with(csrf())
                        .param("field_contactOutcome", "MAYBE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een van de mogelijkheden.")))
                .andExpect(content().string(containsString("Dit veld is verplicht.")));
        assertThat(contactTask(stadskanaal)).isNotNull();

        mvc.perform(post("/taken/" + task.getId()).with(COACH_SK).with(csrf())
                        .param("field_contactOutcome", "REACHED").param("field_contactChannel", "PHONE"))
                .andExpect(redirectedUrl("/casussen/" + stadskanaal.getCaseNumber()))
                .andExpect(flash().attribute("message", "task.done"));
        Task next = taskService.createTaskQuery().processInstanceBusinessKey(stadskanaal.getCaseNumber()).singleResult();
        assertThat(next.getTaskDefinitionKey()).isEqualTo(WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK);
        assertThat(accessLog.findByCaseIdOrderByAtDescIdDesc(stadskanaal.getId())).extracting(AccessLogEntry::getAction)
                .contains(AccessLogEntry.Action.VIEW_TASK, AccessLogEntry.Action.COMPLETE_TASK);
    }

    @Test
    void doubleSubmit_completesOnce_andTheSecondGetsAClearMessage() throws Exception {
        Task task = contactTask(stadskanaal);
        for (String expected : List.of("task.done", "task.gone")) {
            mvc.perform(post("/taken/" + task.getId()).with(COACH_SK).with(csrf())
                            .param("field_contactOutcome", "NOT_REACHED").param("field_contactChannel", "PHONE"))
                    .andExpect(redirectedUrl("/casussen/" + stadskanaal.getCaseNumber()))
                    .andExpect(flash().attribute("message", expected));
        }
        // One attempt recorded: the journey asks for attempt two, not three.
        assertThat(journeyVariable(stadskanaal, WorProcess.Var.CONTACT_ATTEMPTS))
                .isEqualTo(1);
    }

    @Test
    void completedMeanwhileBySomeoneElse_givesAMessage_notAnErrorPage() throws Exception {
        Task task = contactTask(stadskanaal);
        mvc.perform(get("/taken/" + task.getId()).with(COACH_SK2)).andExpect(status().isOk());
        mvc.perform(post("/taken/" + task.getId()).with(COACH_SK).with(csrf())
                .param("field_contactOutcome", "REACHED").param("field_contactChannel", "PHONE"))
                .andExpect(flash().attribute("message", "task.done"));
        mvc.perform(post("/taken/" + task.getId()).with(COACH_SK2).with(csrf())
                        .param("field_contactOutcome", "DECLINED").param("field_contactChannel", "EMAIL"))
                .andExpect(redirectedUrl("/casussen/" + stadskanaal.getCaseNumber()))
                .andExpect(flash().attribute("message", "task.gone"));
        assertThat(journeyVariable(stadskanaal, WorProcess.Var.CONTACT_OUTCOME))
                .isEqualTo("REACHED");
    }

    @Test
    void aTaskClaimedByAColleague_cannotBeCompletedByAnother() throws Exception {
        Task task = contactTask(stadskanaal);
        taskService.claim(task.getId(), "t.cw.coach.sk");
        mvc.perform(post("/taken/" + task.getId()).with(COACH_SK2).with(csrf())
                        .param("field_contactOutcome", "REACHED").param("field_contactChannel", "PHONE"))
                .andExpect(flash().attribute("message", "task.takenBySomeoneElse"));
        assertThat(contactTask(stadskanaal)).isNotNull();
    }

    @ParameterizedTest(name = "{0} renders {1}")
    @CsvSource({
            "Task_AssignTeamManually, Team toewijzen",
            "Task_ContactClient, Contact opnemen met de cliënt",
            "Task_HandleOverdueFirstContact, Eerste contact uitgebleven",
            "Task_ConductVerkennendGesprek, Datum van het gesprek",
            "Task_ArrangeWarmHandover, Hulpbron",
            "Task_HoldFollowUpContact, Vervolgcontact",
            "Task_ConcludeGuidance, Reden van afsluiten",
    })
    void everyUserTasksFormRenders(String activityId, String expectedText) throws Exception {
        var instance = runtimeService.createProcessInstanceByKey(WorProcess.VERKENNEND_GESPREK_KEY)
                .businessKey(stadskanaal.getCaseNumber())
                .setVariables(Map.of(WorProcess.Var.CASE_ID, stadskanaal.getId(), WorProcess.Var.TEAM, "team-stadskanaal",
                        WorProcess.Var.GEMEENTE, "Stadskanaal", WorProcess.Var.FIRST_CONTACT_DUE_DATE,
                        new Date(System.currentTimeMillis() + 14L * 24 * 3600 * 1000)))
                .setVariable(WorProcess.Var.FOLLOW_UP_DUE_DATE, new Date())
                .startBeforeActivity(activityId).execute();
        // The page needs the case's own process instance; render through the coordinator, who sees every task.
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId)
                .singleResult();
        String original = stadskanaal.getProcessInstanceId();
        try {
            pointCaseAt(instance.getId());
            mvc.perform(get("/taken/" + task.getId()).with(COORDINATOR)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(expectedText)))
                    .andExpect(content().string(not(containsString("kan hier niet getoond worden"))));
        } finally {
            pointCaseAt(original);
            runtimeService.deleteProcessInstance(instance.getId(), "form render test");
        }
    }

    @Test
    void casePage_forTheTeamAndCoordinators_loggedAsAccess() throws Exception {
        mvc.perform(get("/casussen/" + stadskanaal.getCaseNumber()).with(COACH_SK)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Test Client")))
                .andExpect(content().string(containsString("Neem contact op met cliënt")))
                .andExpect(content().string(containsString("Verwijzing ontvangen")))
                .andExpect(content().string(containsString("9501 AB")));
        assertThat(accessLog.findByCaseIdOrderByAtDescIdDesc(stadskanaal.getId())).first()
                .satisfies(e -> {
                    assertThat(e.getUserId()).isEqualTo("t.cw.coach.sk");
                    assertThat(e.getAction()).isEqualTo(AccessLogEntry.Action.VIEW_CASE);
                });
        mvc.perform(get("/casussen/" + stadskanaal.getCaseNumber()).with(COORDINATOR)).andExpect(status().isOk());
        mvc.perform(get("/casussen/" + stadskanaal.getCaseNumber()).with(COACH_GR)).andExpect(status().isNotFound());
        mvc.perform(get("/casussen/WOR-2026-999999").with(COACH_SK)).andExpect(status().isNotFound());
        mvc.perform(get("/casussen/" + stadskanaal.getCaseNumber()).with(HUISARTS)).andExpect(status().isForbidden());
        mvc.perform(get("/werkvoorraad").with(HUISARTS)).andExpect(status().isForbidden());
    }

    @Test
    void notes_areAppendOnly_withAuthor_andAnotherTeamCannotAdd() throws Exception {
        mvc.perform(post("/casussen/" + stadskanaal.getCaseNumber() + "/notities").param("text", "Eerste gesprek gepland.")
                .with(COACH_SK).with(csrf())).andExpect(flash().attribute("message", "note.added"));
        mvc.perform(post("/casussen/" + stadskanaal.getCaseNumber() + "/notities").param("text", "   ")
                .with(COACH_SK).with(csrf())).andExpect(flash().attribute("noteError", "note.empty"));
        mvc.perform(post("/casussen/" + stadskanaal.getCaseNumber() + "/notities").param("text", "x")
                .with(COACH_GR).with(csrf())).andExpect(status().isNotFound());
        assertThat(notes.findByCaseIdOrderByCreatedAtAscIdAsc(stadskanaal.getId())).singleElement().satisfies(n -> {
            assertThat(n.getAuthor()).isEqualTo("t.cw.coach.sk");
            assertThat(n.getText()).isEqualTo("Eerste gesprek gepland.");
        });
        mvc.perform(get("/casussen/" + stadskanaal.getCaseNumber()).with(COACH_SK))
                .andExpect(content().string(containsString("Eerste gesprek gepland.")));
    }

    @Test
    void positieveGezondheid_validatedPerDimension_storedInOwnTable_andShownAsChartAndTable() throws Exception {
        String url = "/casussen/" + stadskanaal.getCaseNumber() + "/positieve-gezondheid";
        mvc.perform(post(url).with(COACH_SK).with(csrf()).param("moment", "T0").param("lichaamsfuncties", "6")
                        .param("mentaalWelbevinden", "4").param("zingeving", "5").param("kwaliteitVanLeven", "11")
                        .param("meedoen", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een score ligt tussen 0 en 10.")))
                .andExpect(content().string(containsString("Vul een score van 0 tot en met 10 in.")))
                .andExpect(content().string(containsString("value=\"11\"")));
        assertThat(pgScores.findByCaseIdOrderByRecordedAtAscIdAsc(stadskanaal.getId())).isEmpty();

        mvc.perform(post(url).with(COACH_SK).with(csrf()).param("moment", "T0").param("lichaamsfuncties", "6")
                        .param("mentaalWelbevinden", "4").param("zingeving", "5").param("kwaliteitVanLeven", "5")
                        .param("meedoen", "3").param("dagelijksFunctioneren", "7").param("talkAbout", "MEEDOEN"))
                .andExpect(flash().attribute("message", "pg.saved"));
        mvc.perform(post(url).with(COACH_GR).with(csrf()).param("moment", "T1").param("lichaamsfuncties", "6")
                .param("mentaalWelbevinden", "4").param("zingeving", "5").param("kwaliteitVanLeven", "5")
                .param("meedoen", "3").param("dagelijksFunctioneren", "7")).andExpect(status().isNotFound());

        assertThat(pgScores.findByCaseIdOrderByRecordedAtAscIdAsc(stadskanaal.getId())).singleElement()
                .satisfies(score -> {
                    assertThat(score.scores()).containsExactly(6, 4, 5, 5, 3, 7);
                    assertThat(score.talkAbout()).containsExactly(PgDimension.MEEDOEN);
                    assertThat(score.getRecordedBy()).isEqualTo("t.cw.coach.sk");
                });
        mvc.perform(get("/casussen/" + stadskanaal.getCaseNumber()).with(COACH_SK))
                .andExpect(content().string(containsString("id=\"pg-chart\"")))
                .andExpect(content().string(containsString("{\"T0\":[6,4,5,5,3,7]}")))
                .andExpect(content().string(containsString("chart.umd.js")));
    }

    @Test
    void accessLog_isReadByCoordinatorsOnly() throws Exception {
        mvc.perform(get("/casussen/" + stadskanaal.getCaseNumber()).with(COACH_SK));
        mvc.perform(get("/casussen/" + stadskanaal.getCaseNumber() + "/toegang").with(COORDINATOR))
                .andExpect(status().isOk()).andExpect(content().string(containsString("t.cw.coach.sk")))
                .andExpect(content().string(containsString("casus bekeken")));
        mvc.perform(get("/casussen/" + stadskanaal.getCaseNumber() + "/toegang").with(COACH_SK))
                .andExpect(status().isNotFound());
    }

    private static String row(ReferralCase referralCase) {
        return "data-case-number=\"" + referralCase.getCaseNumber() + "\"";
    }

    /** A variable of the case's verkennend gesprek (called by Welzijn op Recept for a huisarts's referral). */
    private Object journeyVariable(ReferralCase referralCase, String name) {
        String id = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(referralCase.getCaseNumber())
                .processDefinitionKey(WorProcess.VERKENNEND_GESPREK_KEY).singleResult().getId();
        return runtimeService.getVariable(id, name);
    }

    private Task contactTask(ReferralCase referralCase) {
        return taskService.createTaskQuery().processInstanceBusinessKey(referralCase.getCaseNumber())
                .taskDefinitionKey(WorProcess.Activity.CONTACT_CLIENT).singleResult();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void pointCaseAt(String processInstanceId) {
        jdbc.update("update referral_case set process_instance_id = ? where id = ?", processInstanceId,
                stadskanaal.getId());
    }
}
