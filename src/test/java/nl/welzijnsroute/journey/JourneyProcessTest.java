package nl.welzijnsroute.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.welzijnsroute.journey.WorProcess.Activity;
import nl.welzijnsroute.journey.WorProcess.Var;
import nl.welzijnsroute.referral.CaseStatus;
import nl.welzijnsroute.referral.ClosureReason;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import nl.welzijnsroute.referral.ReferralSource;
import nl.welzijnsroute.support.Cases;
import nl.welzijnsroute.support.ProcessTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One scenario per path of {@code welzijn-op-recept} and the {@code verkennend-gesprek} it calls (one class, because
 * coverage is counted per class over every process a class starts), on the real engine and database, asserting what
 * the outside world sees: the case's team, status and records, and the terugkoppeling the referrer reads.
 */
@ProcessTest
class JourneyProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    Cases cases;
    @Autowired
    ReferralCaseRepository caseRepository;
    @Autowired
    TerugkoppelingRepository terugkoppelingen;
    @Autowired
    ContactAttemptRepository contactAttempts;
    @Autowired
    ConversationRepository conversations;
    @Autowired
    HandoverRepository handovers;
    @Autowired
    FollowUpRepository followUps;
    @Autowired
    JourneyEvents journeyEvents;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetAssertions() {
        AbstractAssertions.reset();
    }

    // --- welzijn-op-recept: the huisarts's referral, routed, then the verkennend gesprek as call activity

    @Test
    void wor_happyPath_routesCallsTheVerkennendGesprekAndEndsWithIt() {
        ReferralCase referral = cases.refer(Municipality.STADSKANAAL, 40);
        ProcessInstance wor = instance(referral);

        assertThat(wor.getProcessDefinitionId()).startsWith(WorProcess.PROCESS_KEY + ":");
        BpmnAwareTests.assertThat(wor).isWaitingAt(Activity.CALL_VERKENNEND_GESPREK);
        assertThat(reload(referral).getTeam()).isEqualTo("team-stadskanaal");
        ProcessInstance vg = journey(referral);
        assertThat(vg.getBusinessKey()).isEqualTo(referral.getCaseNumber()).matches("WOR-\\d{4}-\\d{6}");
        // The team WoR chose is kept: the verkennend gesprek does not route again.
        BpmnAwareTests.assertThat(vg).hasPassed("Gateway_TeamSettled").hasNotPassed(Activity.DETERMINE_TEAM);
        BpmnAwareTests.assertThat(vg).isWaitingAt(Activity.CONTACT_CLIENT);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(referral.getCaseNumber())
                .taskCandidateGroup("team-stadskanaal").count()).isEqualTo(1);

        reachClient(vg);
        holdConversation(vg, "CONCLUDE");
        complete(task(Activity.CONCLUDE_GUIDANCE, vg), withVariables(Var.CLOSURE_REASON, "GOAL_REACHED"));

        BpmnAwareTests.assertThat(vg).isEnded();
        BpmnAwareTests.assertThat(wor).isEnded().hasPassed("EndEvent_JourneyCompleted");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(wor.getId())
                .variableName(Var.CLOSURE_REASON).singleResult().getValue()).isEqualTo("GOAL_REACHED");
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.GOAL_REACHED);
        assertThat(moments(referral)).containsExactly(Terugkoppeling.Moment.FIRST_CONTACT,
                Terugkoppeling.Moment.CLOSURE);
    }

    @Test
    void wor_gemeenteOutsideTheRegion_isRoutedByTheCoordinator_neverSilently() {
        ReferralCase referral = cases.refer(Municipality.GRONINGEN, 60);
        // The routing table knows no team for a gemeente outside the region (a referral from Assen).
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(WorProcess.PROCESS_KEY,
                referral.getCaseNumber() + "-assen", Map.of(Var.CASE_ID, referral.getId(), Var.GEMEENTE, "Assen",
                        Var.LEEFTIJD, 60, Var.SOURCE, "HUISARTS", Var.FIRST_CONTACT_DUE_DATE, new Date()));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.ASSIGN_TEAM_MANUALLY);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("coordinator")
                .count()).isEqualTo(1);
        complete(task(instance), withVariables(Var.TEAM, "team-veendam"));

        assertThat(reload(referral).getTeam()).isEqualTo("team-veendam");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(referral.getCaseNumber() + "-assen")
                .taskDefinitionKey(Activity.CONTACT_CLIENT).taskCandidateGroup("team-veendam").count()).isEqualTo(1);
    }

    @Test
    void wor_youngPersonInGroningen_goesToTheYouthTeam() {
        ReferralCase referral = cases.refer(Municipality.GRONINGEN, 20);

        assertThat(reload(referral).getTeam()).isEqualTo("team-jongeren-groningen");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(referral.getCaseNumber())
                .taskCandidateGroup("team-jongeren-groningen").count()).isEqualTo(1);
    }

    // --- verkennend-gesprek on its own: every other entry

    @Test
    void vg_happyPath_reachedConversationHandoverFollowUpsByScheduleAndClosure() {
        ReferralCase referral = cases.referVia(ReferralSource.SCHOOL, Municipality.GRONINGEN, 35);
        ProcessInstance instance = instance(referral);

        assertThat(instance.getProcessDefinitionId()).startsWith(WorProcess.VERKENNEND_GESPREK_KEY + ":");
        assertThat(referral.getCaseNumber()).matches("VG-\\d{4}-\\d{6}");
        BpmnAwareTests.assertThat(instance).hasPassed(Activity.DETERMINE_TEAM).isWaitingAt(Activity.CONTACT_CLIENT);
        assertThat(reload(referral).getTeam()).isEqualTo("team-groningen");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup("team-groningen").count()).isEqualTo(1);
        assertThat(task(instance).getDueDate()).isNotNull();

        reachClient(instance);
        assertThat(reload(referral).getStatus()).isEqualTo(CaseStatus.CONTACT_MADE);
        assertThat(moments(referral)).containsExactly(Terugkoppeling.Moment.FIRST_CONTACT);

        holdConversation(instance, "HANDOVER");
        assertThat(conversations.findByCaseIdOrderByRecordedAt(referral.getId())).singleElement()
                .satisfies(c -> {
                    assertThat(c.isErvaringsdeskundigePresent()).isTrue();
                    assertThat(c.getHeldOn()).isEqualTo(LocalDate.of(2026, 11, 20));
                });
        complete(task(Activity.ARRANGE_WARM_HANDOVER, instance),
                withVariables(Var.HULPBRON_NAME, "Schuldhulpgroep Stabiel Thuis", Var.CLIENT_ARRIVED, true));
        assertThat(reload(referral).getStatus()).isEqualTo(CaseStatus.HANDED_OVER);
        // A school mentor hears that a warm handover happened, not where to: that is for a huisarts.
        assertThat(terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(referral.getId())).last()
                .satisfies(t -> assertThat(t.getMessage()).contains("warm overgedragen aan een hulpbron")
                        .doesNotContain("Schuldhulpgroep"));

        // An adult from school: the schedule says after 28 and 84 days.
        assertThat(runtimeService.getVariable(instance.getId(), Var.FOLLOW_UP_SCHEDULE)).isEqualTo("28,84");
        assertThat(runtimeService.getVariable(instance.getId(), Var.FOLLOW_UPS_PLANNED)).isEqualTo(2);
        Date plannedFrom = (Date) runtimeService.getVariable(instance.getId(), Var.FOLLOW_UPS_PLANNED_FROM);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.FOLLOW_UP_DUE);
        assertThat(job(instance).getDuedate()).isEqualTo(plus(plannedFrom, 28));
        execute(job(instance));
        assertThat(task(Activity.HOLD_FOLLOW_UP, instance).getDueDate()).isEqualTo(plus(plannedFrom, 28));
        complete(task(Activity.HOLD_FOLLOW_UP, instance), withVariables(Var.FOLLOW_UP_OUTCOME, "GOING_WELL"));
        assertThat(job(instance).getDuedate()).isEqualTo(plus(plannedFrom, 84));
        execute(job(instance));
        complete(task(Activity.HOLD_FOLLOW_UP, instance), withVariables(Var.FOLLOW_UP_OUTCOME, "GOING_WELL"));
        assertThat(followUps.countByCaseId(referral.getId())).isEqualTo(2);

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONCLUDE_GUIDANCE);
        complete(task(Activity.CONCLUDE_GUIDANCE, instance), withVariables(Var.CLOSURE_REASON, "SETTLED_AT_HULPBRON"));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Activity.CASE_CLOSED);
        ReferralCase closed = reload(referral);
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getClosureReason()).isEqualTo(ClosureReason.SETTLED_AT_HULPBRON);
        assertThat(closed.getClosedAt()).isNotNull();
        assertThat(moments(referral)).containsExactly(Terugkoppeling.Moment.FIRST_CONTACT,
                Terugkoppeling.Moment.HANDOVER, Terugkoppeling.Moment.CLOSURE);
        assertThat(terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(referral.getId())).last()
                .satisfies(t -> assertThat(t.getMessage()).contains(referral.getCaseNumber(), "hulpbron"));
    }

    @Test
    void vg_leefstijlzorgloket_plansTwoContactMoments_afterTwoAndSixWeeks() {
        ProcessInstance instance = handedOver(ReferralSource.LEEFSTIJLLOKET, Municipality.GRONINGEN, 45);

        assertThat(runtimeService.getVariable(instance.getId(), Var.FOLLOW_UP_SCHEDULE)).isEqualTo("14,42");
        Date plannedFrom = (Date) runtimeService.getVariable(instance.getId(), Var.FOLLOW_UPS_PLANNED_FROM);
        assertThat(job(instance).getDuedate()).isEqualTo(plus(plannedFrom, 14));
    }

    @Test
    void vg_youngPerson_getsThreeFollowUpMoments_andGoesToTheYouthTeam() {
        ReferralCase referral = cases.referVia(ReferralSource.DIGITAL_COMMUNITY, Municipality.GRONINGEN, 22);
        assertThat(reload(referral).getTeam()).isEqualTo("team-jongeren-groningen");
        ProcessInstance instance = instance(referral);
        reachClient(instance);
        holdConversation(instance, "HANDOVER");
        complete(task(instance), withVariables(Var.HULPBRON_NAME, "Herstelgroep", Var.CLIENT_ARRIVED, true));

        for (int moment = 1; moment <= 3; moment++) {
            BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.FOLLOW_UP_DUE);
            execute(job(instance));
            complete(task(Activity.HOLD_FOLLOW_UP, instance), withVariables(Var.FOLLOW_UP_OUTCOME, "GOING_WELL"));
        }
        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONCLUDE_GUIDANCE);
        assertThat(followUps.countByCaseId(referral.getId())).isEqualTo(3);
    }

    @Test
    void vg_unknownGemeente_isRoutedByTheCoordinator() {
        ReferralCase referral = cases.referVia(ReferralSource.GGZ, Municipality.PEKELA, 52);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(WorProcess.VERKENNEND_GESPREK_KEY,
                referral.getCaseNumber() + "-assen", Map.of(Var.CASE_ID, referral.getId(), Var.GEMEENTE, "Assen",
                        Var.LEEFTIJD, 52, Var.SOURCE, "GGZ", Var.FIRST_CONTACT_DUE_DATE, new Date()));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.ASSIGN_TEAM_MANUALLY);
        complete(task(instance), withVariables(Var.TEAM, "team-pekela"));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONTACT_CLIENT);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("team-pekela")
                .count()).isEqualTo(1);
    }

    @Test
    void vg_unreachableAfterThreeAttempts_informsReferrerAndCloses() {
        ReferralCase referral = cases.referVia(ReferralSource.SCHOOL, Municipality.VEENDAM, 55);
        ProcessInstance instance = instance(referral);

        for (int attempt = 1; attempt <= WorProcess.MAX_CONTACT_ATTEMPTS; attempt++) {
            BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONTACT_CLIENT);
            complete(task(instance), withVariables(Var.CONTACT_OUTCOME, "NOT_REACHED", Var.CONTACT_CHANNEL, "PHONE"));
        }

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ClientUnreachable");
        assertThat(contactAttempts.findByCaseIdOrderByAttemptNo(referral.getId()))
                .extracting(ContactAttempt::getAttemptNo).containsExactly(1, 2, 3);
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.UNREACHABLE);
        assertThat(terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(referral.getId())).singleElement()
                .satisfies(t -> assertThat(t.getMessage()).contains("onbereikbaar"));
    }

    @Test
    void vg_noContactWithinTwoWeeks_givesTheCoordinatorAnEscalationTask_whileTheTeamKeepsTrying() {
        ProcessInstance instance = instance(cases.referVia(ReferralSource.GGZ, Municipality.OLDAMBT, 30));

        execute(job(Activity.NO_CONTACT_TIMER, instance));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONTACT_CLIENT, Activity.HANDLE_OVERDUE_FIRST_CONTACT);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Activity.HANDLE_OVERDUE_FIRST_CONTACT).taskCandidateGroup("coordinator").count())
                .isEqualTo(1);
        complete(task(Activity.HANDLE_OVERDUE_FIRST_CONTACT, instance), withVariables(Var.TEAM_INFORMED, true));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONTACT_CLIENT);
        reachClient(instance);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONDUCT_VERKENNEND_GESPREK);
    }

    @Test
    void vg_anOpenEscalation_endsWithTheCase_soNoClosedCaseKeepsATask() {
        ReferralCase referral = cases.referVia(ReferralSource.GGZ, Municipality.OLDAMBT, 33);
        ProcessInstance instance = instance(referral);
        execute(job(Activity.NO_CONTACT_TIMER, instance));

        complete(task(Activity.CONTACT_CLIENT, instance),
                withVariables(Var.CONTACT_OUTCOME, "DECLINED", Var.CONTACT_CHANNEL, "PHONE"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ClientDeclinedAtContact");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.DECLINED);
        assertThat(moments(referral)).containsExactly(Terugkoppeling.Moment.CLOSURE);
    }

    @Test
    void vg_repeatedConversation_loopsBackForAnotherConversation() {
        ReferralCase referral = cases.referVia(ReferralSource.SELF, Municipality.WESTERKWARTIER, 66);
        ProcessInstance instance = instance(referral);
        reachClient(instance);

        holdConversation(instance, "REPEAT");
        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONDUCT_VERKENNEND_GESPREK);
        holdConversation(instance, "HANDOVER");

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.ARRANGE_WARM_HANDOVER);
        assertThat(conversations.findByCaseIdOrderByRecordedAt(referral.getId())).hasSize(2);
        assertThat(reload(referral).getStatus()).isEqualTo(CaseStatus.IN_CONVERSATION);
        // A resident who registered themselves has no referrer to tell.
        assertThat(moments(referral)).isEmpty();
    }

    @Test
    void vg_clientDeclinesAfterConversation_closesAsDeclined() {
        ReferralCase referral = cases.referVia(ReferralSource.SCHOOL, Municipality.EEMSDELTA, 44);
        ProcessInstance instance = instance(referral);
        reachClient(instance);

        holdConversation(instance, "DECLINED");

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ClientDeclinedAfterConversation");
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.DECLINED);
        assertThat(moments(referral)).containsExactly(Terugkoppeling.Moment.FIRST_CONTACT,
                Terugkoppeling.Moment.CLOSURE);
    }

    @Test
    void vg_followUpAsksForANewConversation_loopsBackToTheConversation() {
        ProcessInstance instance = handedOver(ReferralSource.GGZ, Municipality.MIDDEN_GRONINGEN, 29);
        execute(job(instance));

        complete(task(Activity.HOLD_FOLLOW_UP, instance), withVariables(Var.FOLLOW_UP_OUTCOME, "NEW_CONVERSATION"));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONDUCT_VERKENNEND_GESPREK);
    }

    @Test
    void vg_aSecondHandover_plansItsOwnFollowUpMoments() {
        ProcessInstance instance = handedOver(ReferralSource.GGZ, Municipality.VEENDAM, 61);
        execute(job(instance));
        complete(task(Activity.HOLD_FOLLOW_UP, instance), withVariables(Var.FOLLOW_UP_OUTCOME, "NEW_CONVERSATION"));
        holdConversation(instance, "HANDOVER");
        complete(task(instance), withVariables(Var.HULPBRON_NAME, "Voluit Leven", Var.CLIENT_ARRIVED, true));

        execute(job(instance));
        complete(task(Activity.HOLD_FOLLOW_UP, instance), withVariables(Var.FOLLOW_UP_OUTCOME, "GOING_WELL"));

        // The first moment after the new handover: the second one is still to come.
        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.FOLLOW_UP_DUE);
    }

    @Test
    void vg_clientStopsAtHulpbron_coachConcludesWithAReason() {
        ProcessInstance instance = handedOver(ReferralSource.SCHOOL, Municipality.WESTERWOLDE, 50);
        ReferralCase referral = caseRepository.findByCaseNumber(instance.getBusinessKey()).orElseThrow();
        execute(job(instance));

        complete(task(Activity.HOLD_FOLLOW_UP, instance), withVariables(Var.FOLLOW_UP_OUTCOME, "STOPPED"));
        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONCLUDE_GUIDANCE);
        complete(task(instance), withVariables(Var.CLOSURE_REASON, "MOVED"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_GuidanceConcluded");
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.MOVED);
    }

    @Test
    void vg_seriousConcern_duringFirstContact_sendsTheCaseBackAndTellsTheReferrer() {
        ReferralCase referral = cases.referVia(ReferralSource.SCHOOL, Municipality.HET_HOGELAND, 38);
        ProcessInstance instance = instance(referral);
        execute(job(Activity.NO_CONTACT_TIMER, instance)); // an open escalation goes with it

        assertThat(journeyEvents.raiseSeriousConcern(referral.getCaseNumber(), "GGZ")).isTrue();

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Activity.SERIOUS_CONCERN, Activity.CASE_CLOSED);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.BACK_TO_HUISARTS);
        assertThat(terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(referral.getId())).last()
                .satisfies(t -> assertThat(t.getMessage()).contains("legt de casus terug bij de GGZ"));
        // Closed: nothing left to send back.
        assertThat(journeyEvents.raiseSeriousConcern(referral.getCaseNumber(), "GGZ")).isFalse();
    }

    @Test
    void seriousConcern_whileWaitingForAFollowUp_reachesTheVerkennendGesprekCalledByWelzijnOpRecept() {
        ReferralCase referral = cases.refer(Municipality.HET_HOGELAND, 47);
        ProcessInstance wor = instance(referral);
        ProcessInstance vg = journey(referral);
        reachClient(vg);
        holdConversation(vg, "HANDOVER");
        complete(task(vg), withVariables(Var.HULPBRON_NAME, "Voluit Leven", Var.CLIENT_ARRIVED, true));
        BpmnAwareTests.assertThat(vg).isWaitingAt(Activity.FOLLOW_UP_DUE);

        assertThat(journeyEvents.raiseSeriousConcern(referral.getCaseNumber(), "HUISARTS")).isTrue();

        BpmnAwareTests.assertThat(vg).isEnded().hasPassed(Activity.SERIOUS_CONCERN);
        BpmnAwareTests.assertThat(wor).isEnded();
        assertThat(managementJobs(vg)).isZero();
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.BACK_TO_HUISARTS);
        assertThat(moments(referral)).containsExactly(Terugkoppeling.Moment.FIRST_CONTACT,
                Terugkoppeling.Moment.HANDOVER, Terugkoppeling.Moment.CLOSURE);
        // The huisarts hears where the person went.
        assertThat(terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(referral.getId()).get(1).getMessage())
                .contains("Voluit Leven");
    }

    @Test
    void seriousConcern_beforeATeamHasTheCase_isRefused() {
        ReferralCase referral = cases.refer(Municipality.GRONINGEN, 60);
        runtimeService.startProcessInstanceByKey(WorProcess.PROCESS_KEY, referral.getCaseNumber() + "-wait",
                Map.of(Var.CASE_ID, referral.getId(), Var.GEMEENTE, "Assen", Var.LEEFTIJD, 60, Var.SOURCE, "HUISARTS",
                        Var.FIRST_CONTACT_DUE_DATE, new Date()));

        assertThat(journeyEvents.raiseSeriousConcern(referral.getCaseNumber() + "-wait", "HUISARTS")).isFalse();
    }

    private long managementJobs(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count();
    }

    private ProcessInstance handedOver(ReferralSource source, Municipality municipality, int age) {
        ProcessInstance instance = instance(cases.referVia(source, municipality, age));
        reachClient(instance);
        holdConversation(instance, "HANDOVER");
        complete(task(instance), withVariables(Var.HULPBRON_NAME, "Herstelgroep", Var.CLIENT_ARRIVED, true));
        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.FOLLOW_UP_DUE);
        return instance;
    }

    private void reachClient(ProcessInstance instance) {
        complete(task(Activity.CONTACT_CLIENT, instance),
                withVariables(Var.CONTACT_OUTCOME, "REACHED", Var.CONTACT_CHANNEL, "PHONE"));
    }

    private void holdConversation(ProcessInstance instance, String outcome) {
        complete(task(Activity.CONDUCT_VERKENNEND_GESPREK, instance), withVariables(
                Var.CONVERSATION_DATE, "2026-11-20", Var.ERVARINGSDESKUNDIGE_PRESENT, true,
                Var.CONVERSATION_OUTCOME, outcome));
    }

    private static Date plus(Date from, int days) {
        return Date.from(from.toInstant().plus(Duration.ofDays(days)));
    }

    /** The case's top process instance: Welzijn op Recept for a huisarts, else the verkennend gesprek. */
    private ProcessInstance instance(ReferralCase referral) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(referral.getProcessInstanceId())
                .singleResult();
    }

    /** The verkennend gesprek of a case, also when Welzijn op Recept called it. */
    private ProcessInstance journey(ReferralCase referral) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(referral.getCaseNumber())
                .processDefinitionKey(WorProcess.VERKENNEND_GESPREK_KEY).singleResult();
    }

    private ReferralCase reload(ReferralCase referral) {
        return caseRepository.findById(referral.getId()).orElseThrow();
    }

    private List<Terugkoppeling.Moment> moments(ReferralCase referral) {
        return terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(referral.getId()).stream()
                .map(Terugkoppeling::getMoment).toList();
    }
}
