package nl.welzijnsroute.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.welzijnsroute.journey.WorProcess.Activity;
import nl.welzijnsroute.journey.WorProcess.Var;
import nl.welzijnsroute.referral.CaseStatus;
import nl.welzijnsroute.referral.ClosureReason;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import nl.welzijnsroute.support.Cases;
import nl.welzijnsroute.support.ProcessTest;
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
 * One scenario per path of {@code welzijn-op-recept}, on the real engine and database, asserting what the
 * outside world sees: the case's status and records, and the terugkoppeling the referrer reads.
 */
@ProcessTest
class WelzijnOpReceptProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
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

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetAssertions() {
        AbstractAssertions.reset();
    }

    @Test
    void happyPath_reachedConversationHandoverTwoFollowUpsAndClosure() {
        ReferralCase referral = cases.refer(Municipality.STADSKANAAL, 40);
        ProcessInstance instance = instance(referral);

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONTACT_CLIENT);
        assertThat(reload(referral).getTeam()).isEqualTo("team-stadskanaal");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup("team-stadskanaal").count()).isEqualTo(1);
        assertThat(task(instance).getDueDate()).isNotNull();
        assertThat(instance.getBusinessKey()).isEqualTo(referral.getCaseNumber()).matches("WOR-\\d{4}-\\d{6}");
        assertThat(reload(referral).getStatus()).isEqualTo(CaseStatus.RECEIVED);

        reachClient(instance);
        assertThat(reload(referral).getStatus()).isEqualTo(CaseStatus.CONTACT_MADE);
        assertThat(moments(referral)).containsExactly(Terugkoppeling.Moment.FIRST_CONTACT);

        holdConversation(instance, "HANDOVER");
        assertThat(conversations.findByCaseIdOrderByRecordedAt(referral.getId())).singleElement()
                .satisfies(c -> {
                    assertThat(c.isErvaringsdeskundigePresent()).isTrue();
                    assertThat(c.getHeldOn()).isEqualTo(LocalDate.of(2026, 11, 20));
                });

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.ARRANGE_WARM_HANDOVER);
        complete(task(instance), withVariables(Var.HULPBRON_NAME, "Voluit Leven", Var.CLIENT_ARRIVED, true));
        assertThat(reload(referral).getStatus()).isEqualTo(CaseStatus.HANDED_OVER);
        assertThat(reload(referral).getStatusDetail()).isEqualTo("Voluit Leven");
        assertThat(handovers.findByCaseIdOrderByRecordedAt(referral.getId())).singleElement()
                .satisfies(h -> assertThat(h.isClientArrived()).isTrue());
        assertThat(terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(referral.getId())).last()
                .satisfies(t -> assertThat(t.getMessage()).contains("Voluit Leven"));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.FOLLOW_UP_DUE);
        execute(job(instance));
        complete(task(Activity.HOLD_FOLLOW_UP, instance), withVariables(Var.FOLLOW_UP_OUTCOME, "GOING_WELL"));
        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.FOLLOW_UP_DUE);
        execute(job(instance));
        complete(task(Activity.HOLD_FOLLOW_UP, instance), withVariables(Var.FOLLOW_UP_OUTCOME, "GOING_WELL"));
        assertThat(followUps.countByCaseId(referral.getId())).isEqualTo(WorProcess.PLANNED_FOLLOW_UPS);

        complete(task(Activity.CONCLUDE_GUIDANCE, instance), withVariables(Var.CLOSURE_REASON, "GOAL_REACHED"));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Activity.CASE_CLOSED);
        ReferralCase closed = reload(referral);
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getClosureReason()).isEqualTo(ClosureReason.GOAL_REACHED);
        assertThat(closed.getClosedAt()).isNotNull();
        assertThat(moments(referral)).containsExactly(Terugkoppeling.Moment.FIRST_CONTACT,
                Terugkoppeling.Moment.HANDOVER, Terugkoppeling.Moment.CLOSURE);
        assertThat(terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(referral.getId())).last()
                .satisfies(t -> assertThat(t.getMessage()).contains(referral.getCaseNumber(), "doel bereikt"));
    }

    @Test
    void unreachableAfterThreeAttempts_informsReferrerAndCloses() {
        ReferralCase referral = cases.refer(Municipality.VEENDAM, 55);
        ProcessInstance instance = instance(referral);

        for (int attempt = 1; attempt <= WorProcess.MAX_CONTACT_ATTEMPTS; attempt++) {
            BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONTACT_CLIENT);
            complete(task(instance), withVariables(Var.CONTACT_OUTCOME, "NOT_REACHED", Var.CONTACT_CHANNEL, "PHONE"));
        }

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(contactAttempts.findByCaseIdOrderByAttemptNo(referral.getId()))
                .extracting(ContactAttempt::getAttemptNo).containsExactly(1, 2, 3);
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.UNREACHABLE);
        assertThat(moments(referral)).containsExactly(Terugkoppeling.Moment.CLOSURE);
        assertThat(terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(referral.getId())).singleElement()
                .satisfies(t -> assertThat(t.getMessage()).contains("onbereikbaar"));
    }

    @Test
    void noContactWithinTwoWeeks_givesTheCoordinatorAnEscalationTask_whileTheTeamKeepsTrying() {
        ReferralCase referral = cases.refer(Municipality.OLDAMBT, 30);
        ProcessInstance instance = instance(referral);

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
    void anOpenEscalation_endsWithTheCase_soNoClosedCaseKeepsATask() {
        ReferralCase referral = cases.refer(Municipality.OLDAMBT, 33);
        ProcessInstance instance = instance(referral);
        execute(job(Activity.NO_CONTACT_TIMER, instance));
        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.HANDLE_OVERDUE_FIRST_CONTACT);

        complete(task(Activity.CONTACT_CLIENT, instance),
                withVariables(Var.CONTACT_OUTCOME, "DECLINED", Var.CONTACT_CHANNEL, "PHONE"));

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.DECLINED);
    }

    @Test
    void repeatedVerkennendGesprek_loopsBackForAnotherConversation() {
        ReferralCase referral = cases.refer(Municipality.WESTERKWARTIER, 66);
        ProcessInstance instance = instance(referral);
        reachClient(instance);

        holdConversation(instance, "REPEAT");
        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONDUCT_VERKENNEND_GESPREK);
        holdConversation(instance, "HANDOVER");

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.ARRANGE_WARM_HANDOVER);
        assertThat(conversations.findByCaseIdOrderByRecordedAt(referral.getId())).hasSize(2);
        assertThat(reload(referral).getStatus()).isEqualTo(CaseStatus.IN_CONVERSATION);
    }

    @Test
    void clientDeclinesAtFirstContact_closesAsDeclined() {
        ReferralCase referral = cases.refer(Municipality.PEKELA, 71);
        ProcessInstance instance = instance(referral);

        complete(task(instance), withVariables(Var.CONTACT_OUTCOME, "DECLINED", Var.CONTACT_CHANNEL, "PHONE"));

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.DECLINED);
        assertThat(moments(referral)).containsExactly(Terugkoppeling.Moment.CLOSURE);
    }

    @Test
    void clientDeclinesAfterConversation_closesAsDeclined() {
        ReferralCase referral = cases.refer(Municipality.EEMSDELTA, 44);
        ProcessInstance instance = instance(referral);
        reachClient(instance);

        holdConversation(instance, "DECLINED");

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.DECLINED);
        assertThat(moments(referral)).containsExactly(Terugkoppeling.Moment.FIRST_CONTACT,
                Terugkoppeling.Moment.CLOSURE);
    }

    @Test
    void backToHuisarts_closesAndTellsTheReferrer() {
        ReferralCase referral = cases.refer(Municipality.HET_HOGELAND, 38);
        ProcessInstance instance = instance(referral);
        reachClient(instance);

        holdConversation(instance, "BACK_TO_HUISARTS");

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.BACK_TO_HUISARTS);
        assertThat(terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(referral.getId())).last()
                .satisfies(t -> assertThat(t.getMessage()).contains("terug naar de huisarts"));
    }

    @Test
    void followUpAsksForANewConversation_loopsBackToTheVerkennendGesprek() {
        ProcessInstance instance = handedOver(Municipality.MIDDEN_GRONINGEN, 29);
        execute(job(instance));

        complete(task(Activity.HOLD_FOLLOW_UP, instance), withVariables(Var.FOLLOW_UP_OUTCOME, "NEW_CONVERSATION"));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONDUCT_VERKENNEND_GESPREK);
    }

    @Test
    void aSecondHandover_plansItsOwnTwoFollowUpMoments() {
        ProcessInstance instance = handedOver(Municipality.VEENDAM, 61);
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
    void clientStopsAtHulpbron_coachConcludesWithAReason() {
        ProcessInstance instance = handedOver(Municipality.WESTERWOLDE, 50);
        ReferralCase referral = caseRepository.findByCaseNumber(instance.getBusinessKey()).orElseThrow();
        execute(job(instance));

        complete(task(Activity.HOLD_FOLLOW_UP, instance), withVariables(Var.FOLLOW_UP_OUTCOME, "STOPPED"));
        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONCLUDE_GUIDANCE);
        complete(task(instance), withVariables(Var.CLOSURE_REASON, "MOVED"));

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(reload(referral).getClosureReason()).isEqualTo(ClosureReason.MOVED);
    }

    @Test
    void gemeenteOutsideTheRegion_isRoutedByTheCoordinator_neverSilently() {
        ReferralCase referral = cases.refer(Municipality.GRONINGEN, 60);
        // The routing table knows no team for a gemeente outside the region (a referral from Assen).
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(WorProcess.PROCESS_KEY,
                referral.getCaseNumber() + "-assen", Map.of(Var.CASE_ID, referral.getId(), Var.GEMEENTE, "Assen",
                        Var.LEEFTIJD, 60, Var.FIRST_CONTACT_DUE_DATE, new java.util.Date()));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.ASSIGN_TEAM_MANUALLY);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("coordinator")
                .count()).isEqualTo(1);
        complete(task(instance), withVariables(Var.TEAM, "team-veendam"));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Activity.CONTACT_CLIENT);
        assertThat(reload(referral).getTeam()).isEqualTo("team-veendam");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("team-veendam")
                .count()).isEqualTo(1);
    }

    @Test
    void youngPersonInGroningen_goesToTheYouthTeam() {
        ReferralCase referral = cases.refer(Municipality.GRONINGEN, 20);
        ProcessInstance instance = instance(referral);

        assertThat(reload(referral).getTeam()).isEqualTo("team-jongeren-groningen");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup("team-jongeren-groningen").count()).isEqualTo(1);
    }

    private ProcessInstance handedOver(Municipality municipality, int age) {
        ProcessInstance instance = instance(cases.refer(municipality, age));
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

    private ProcessInstance instance(ReferralCase referral) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(referral.getProcessInstanceId())
                .singleResult();
    }

    private ReferralCase reload(ReferralCase referral) {
        return caseRepository.findById(referral.getId()).orElseThrow();
    }

    private List<Terugkoppeling.Moment> moments(ReferralCase referral) {
        return terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(referral.getId()).stream()
                .map(Terugkoppeling::getMoment).toList();
    }
}
