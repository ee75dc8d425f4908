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

import java.util.List;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.referral.ClosureReason;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import nl.welzijnsroute.referral.ReferralSource;
import nl.welzijnsroute.support.Cases;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The verkennend gesprek on the coach's pages: answers that belong in the case file, sending a case back at any
 * point, and the ervaringsdeskundige who reads only the cases they are invited to.
 */
@IntegrationTest
class VerkennendGesprekCaseworkTest {

    private static final RequestPostProcessor COACH_GR = user("t.vg.coach.gr").roles("coach", "team-groningen");
    private static final RequestPostProcessor COACH_SK = user("t.vg.coach.sk").roles("coach", "team-stadskanaal");
    private static final RequestPostProcessor COORDINATOR = user("t.vg.coordinator").roles("coordinator");
    private static final RequestPostProcessor RIA = user("t.vg.ria").roles("ervaringsdeskundige");
    private static final RequestPostProcessor KEES = user("t.vg.kees").roles("ervaringsdeskundige");

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    TestUsers users;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ReferralCaseRepository caseRepository;
    @Autowired
    CaseRecordRepository caseRecords;
    @Autowired
    CaseNoteRepository notes;
    @Autowired
    AccessLogRepository accessLog;
    @Autowired
    CaseInvitations invitations;

    ReferralCase henk;

    @BeforeEach
    void referral() {
        users.user("t.vg.ria", "ervaringsdeskundige");
        users.user("t.vg.kees", "ervaringsdeskundige");
        henk = cases.referVia(ReferralSource.SCHOOL, Municipality.GRONINGEN, 35);
    }

    @Test
    void conversationAnswersGoToTheCaseFile_notIntoTheEngine_andShowOnTheCasePage() throws Exception {
        complete(task(WorProcess.Activity.CONTACT_CLIENT), "field_contactOutcome", "REACHED", "field_contactChannel",
                "PHONE");
        Task conversation = task(WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK);

        // The question for help is required: the page says so and nothing moves.
        mvc.perform(post("/taken/" + conversation.getId()).with(COACH_GR).with(csrf())
                        .param("field_conversationDate", "2026-11-20").param("field_conversationOutcome", "HANDOVER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-field=\"hulpvraag\"")));
        assertThat(caseRecords.findByCaseIdOrderByRecordedAtAscIdAsc(henk.getId())).isEmpty();

        complete(conversation, "field_conversationDate", "2026-11-20", "field_ervaringsdeskundigePresent", "true",
                "field_hulpvraag", "Ik wil van mijn schulden af en rust thuis.",
                "field_doelen", "Een overzicht van de schulden; samen eten.",
                "field_conversationOutcome", "HANDOVER");

        assertThat(caseRecords.findByCaseIdOrderByRecordedAtAscIdAsc(henk.getId()))
                .extracting(CaseRecord::getFieldKey, CaseRecord::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hulpvraag", "Ik wil van mijn schulden af en rust thuis."),
                        org.assertj.core.groups.Tuple.tuple("doelen", "Een overzicht van de schulden; samen eten."));
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("hulpvraag").count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(henk.getProcessInstanceId())
                .variableName(WorProcess.Var.CONVERSATION_OUTCOME).singleResult().getValue()).isEqualTo("HANDOVER");
        mvc.perform(get("/casussen/" + henk.getCaseNumber()).with(COACH_GR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ik wil van mijn schulden af en rust thuis.")));
    }

    @Test
    void theConversationPage_remindsOfPositieveGezondheidT0_untilItIsRecorded() throws Exception {
        complete(task(WorProcess.Activity.CONTACT_CLIENT), "field_contactOutcome", "REACHED", "field_contactChannel",
                "PHONE");
        String conversation = "/taken/" + task(WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK).getId();
        mvc.perform(get(conversation).with(COACH_GR))
                .andExpect(content().string(containsString("id=\"pg-reminder\"")))
                .andExpect(content().string(containsString("(T0) is nog niet vastgelegd")));

        mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/positieve-gezondheid").with(COACH_GR).with(csrf())
                .param("moment", "T0").param("lichaamsfuncties", "6").param("mentaalWelbevinden", "4")
                .param("zingeving", "5").param("kwaliteitVanLeven", "5").param("meedoen", "3")
                .param("dagelijksFunctioneren", "7").param("talkAbout", "MEEDOEN"));

        mvc.perform(get(conversation).with(COACH_GR))
                .andExpect(content().string(not(containsString("id=\"pg-reminder\""))));
    }

    @Test
    void caseFileAnswersSentStraightToTheEngine_asTasklistWould_areRefused_andNothingIsStored() throws Exception {
        complete(task(WorProcess.Activity.CONTACT_CLIENT), "field_contactOutcome", "REACHED", "field_contactChannel",
                "PHONE");
        Task conversation = task(WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(conversation.getId(),
                        java.util.Map.of("conversationDate", "2026-11-20", "conversationOutcome", "HANDOVER",
                                "hulpvraag", "Persoonlijk verhaal via Tasklist")))
                .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class)
                .hasMessageContaining("hoort in het dossier");

        assertThat(taskService.createTaskQuery().taskId(conversation.getId()).count()).isEqualTo(1);
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("hulpvraag").count()).isZero();
        // Without case-file fields the engine's own completion still works.
        taskService.complete(conversation.getId(), java.util.Map.of("conversationDate", "2026-11-20",
                "conversationOutcome", "REPEAT"));
        assertThat(taskService.createTaskQuery().taskId(conversation.getId()).count()).isZero();
    }

    @Test
    void aSecondConversation_startsFromTheCaseFilesLatestAnswers() throws Exception {
        complete(task(WorProcess.Activity.CONTACT_CLIENT), "field_contactOutcome", "REACHED", "field_contactChannel",
                "PHONE");
        complete(task(WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK), "field_conversationDate", "2026-11-20",
                "field_hulpvraag", "Rust in mijn hoofd.", "field_conversationOutcome", "REPEAT");

        mvc.perform(get("/taken/" + task(WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK).getId()).with(COACH_GR))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Rust in mijn hoofd.")));
    }

    @Test
    void seriousConcern_sendsTheCaseBack_fromTheCasePage_andTellsTheReferrer() throws Exception {
        mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/ernstige-zorg").with(COACH_GR).with(csrf())
                        .param("target", "GGZ").param("reason", " "))
                .andExpect(flash().attribute("concernError", "concern.reason.required"));
        assertThat(reload().isClosed()).isFalse();

        mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/ernstige-zorg").with(COACH_GR).with(csrf())
                        .param("target", "GGZ").param("reason", "Zorgen over zijn veiligheid thuis."))
                .andExpect(redirectedUrl("/casussen/" + henk.getCaseNumber()))
                .andExpect(flash().attribute("message", "concern.done"));

        ReferralCase closed = reload();
        assertThat(closed.getClosureReason()).isEqualTo(ClosureReason.BACK_TO_HUISARTS);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(henk.getCaseNumber()).count()).isZero();
        assertThat(notes.findByCaseIdOrderByCreatedAtAscIdAsc(henk.getId())).singleElement()
                .satisfies(n -> assertThat(n.getText()).contains("GGZ", "Zorgen over zijn veiligheid thuis."));
        assertThat(accessLog.findByCaseIdOrderByAtDescIdDesc(henk.getId())).extracting(AccessLogEntry::getAction)
                .contains(AccessLogEntry.Action.RAISE_CONCERN);
        // A closed case has nothing to send back.
        mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/ernstige-zorg").with(COACH_GR).with(csrf())
                        .param("target", "HUISARTS").param("reason", "Nog een keer"))
                .andExpect(flash().attribute("message", "concern.notNow"));
    }

    @Test
    void seriousConcern_byAnotherTeamOrAnErvaringsdeskundige_isNotFound() throws Exception {
        invitations.invite(henk.getId(), "t.vg.ria", "t.vg.coach.gr");
        for (RequestPostProcessor outsider : List.of(COACH_SK, RIA)) {
            mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/ernstige-zorg").with(outsider).with(csrf())
                    .param("target", "GGZ").param("reason", "Zorg")).andExpect(status().isNotFound());
        }
        assertThat(reload().isClosed()).isFalse();
    }

    @Test
    void ervaringsdeskundige_readsOnlyTheCasesTheyAreInvitedTo_andCannotWorkOnThem() throws Exception {
        mvc.perform(get("/casussen/" + henk.getCaseNumber()).with(RIA)).andExpect(status().isNotFound());

        mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/ervaringsdeskundige").with(COACH_GR).with(csrf())
                        .param("userId", "t.vg.ria"))
                .andExpect(flash().attribute("message", "invite.done"));
        // A double click invites once.
        mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/ervaringsdeskundige").with(COACH_GR).with(csrf())
                .param("userId", "t.vg.ria"));
        assertThat(invitations.invitations(henk.getId())).singleElement()
                .satisfies(i -> assertThat(i.invitedBy()).isEqualTo("t.vg.coach.gr"));

        mvc.perform(get("/casussen/" + henk.getCaseNumber()).with(RIA)).andExpect(status().isOk())
                .andExpect(content().string(containsString(henk.getCaseNumber())))
                .andExpect(content().string(not(containsString("id=\"notes\""))))
                .andExpect(content().string(not(containsString("id=\"concern-form\""))));
        mvc.perform(get("/").with(RIA)).andExpect(content().string(containsString(henk.getCaseNumber())));
        // Another ervaringsdeskundige was not invited.
        mvc.perform(get("/casussen/" + henk.getCaseNumber()).with(KEES)).andExpect(status().isNotFound());
        // Reading, not working: no notes, scores, tasks or work queue.
        mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/notities").with(RIA).with(csrf()).param("text", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/ervaringsdeskundige").with(RIA).with(csrf())
                .param("userId", "t.vg.kees")).andExpect(status().isNotFound());
        mvc.perform(get("/taken/" + task(WorProcess.Activity.CONTACT_CLIENT).getId()).with(RIA))
                .andExpect(status().isForbidden());
        mvc.perform(get("/werkvoorraad").with(RIA)).andExpect(status().isForbidden());

        mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/ervaringsdeskundige/intrekken").with(COACH_GR)
                .with(csrf()).param("userId", "t.vg.ria")).andExpect(flash().attribute("message", "invite.withdrawn"));
        mvc.perform(get("/casussen/" + henk.getCaseNumber()).with(RIA)).andExpect(status().isNotFound());
    }

    @Test
    void invitations_areTheTeamsToGive_onlyToErvaringsdeskundigen() throws Exception {
        mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/ervaringsdeskundige").with(COACH_SK).with(csrf())
                .param("userId", "t.vg.ria")).andExpect(status().isNotFound());
        mvc.perform(post("/casussen/" + henk.getCaseNumber() + "/ervaringsdeskundige").with(COORDINATOR).with(csrf())
                .param("userId", "t.vg.coach.gr")).andExpect(flash().attribute("message", "invite.unknown"));
        assertThat(invitations.invitations(henk.getId())).isEmpty();
    }

    private void complete(Task task, String... fields) throws Exception {
        var request = post("/taken/" + task.getId()).with(COACH_GR).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        mvc.perform(request).andExpect(flash().attribute("message", "task.done"));
    }

    private Task task(String activityId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(henk.getCaseNumber())
                .taskDefinitionKey(activityId).singleResult();
    }

    private ReferralCase reload() {
        return caseRepository.findById(henk.getId()).orElseThrow();
    }
}
