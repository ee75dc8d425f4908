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
import nl.welzijnsroute.hulpbronnen.Hulpbron;
import nl.welzijnsroute.hulpbronnen.PlacementService;
import nl.welzijnsroute.hulpbronnen.PlacementStatus;
import nl.welzijnsroute.hulpbronnen.WarmeOverdrachtProcess;
import nl.welzijnsroute.support.Cases;
import nl.welzijnsroute.support.Hulpbronnen;
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
    @Autowired
    PlacementService placements;
    @Autowired
    Hulpbronnen hulpbronnen;

    private static final String BEGELEIDER = "t.journey.begeleider";

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
        long placement = handOver(instance, "Schuldhulpgroep Stabiel Thuis");
        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.ATTENDING);
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
        handOver(instance, "Herstelgroep");

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
        handOver(instance, "Voluit Leven");

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
        handOver(vg, "Voluit Leven");
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

    /**
     * The warm handover's happy path through {@code warme-overdracht}: chosen, proposed, accepted with a free
     * place, introduced, first attendance confirmed.
     *
     * @return the placement
     */
    private long handOver(ProcessInstance vg, String hulpbronName) {
        ReferralCase referral = caseRepository.findByCaseNumber(vg.getBusinessKey()).orElseThrow();
        Hulpbron group = hulpbronnen.group(hulpbronName, 10, Municipality.GRONINGEN, BEGELEIDER);
        long placement = choose(referral, group);
        complete(task(Activity.ARRANGE_WARM_HANDOVER, vg), withVariables("clientAgreesToIntroduction", true));
        ProcessInstance handover = handover(placement);
        decide(handover, "ACCEPT");
        introduce(handover);
        confirmAttendance(handover, "ATTENDED");
        BpmnAwareTests.assertThat(handover).isEnded().hasPassed("EndEvent_Arrived");
        return placement;
    }

    private long choose(ReferralCase referral, Hulpbron group) {
        assertThat(placements.choose(referral.getId(), group.getId(), "t.journey.coach"))
                .isEqualTo(PlacementService.ChooseResult.CHOSEN);
        return placements.chosen(referral.getId()).get(0);
    }

    /** The warme-overdracht instance of one placement. */
    private ProcessInstance handover(long placement) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(WarmeOverdrachtProcess.PROCESS_KEY)
                .variableValueEquals(WarmeOverdrachtProcess.Var.PLACEMENT_ID, placement).singleResult();
    }

    private void decide(ProcessInstance handover, String decision) {
        org.camunda.bpm.engine.task.Task decide = task(WarmeOverdrachtProcess.Activity.DECIDE, handover);
        assertThat(taskService.createTaskQuery().taskId(decide.getId()).taskCandidateUser(BEGELEIDER).count())
                .as("offered to the hulpbron's facilitator").isEqualTo(1);
        complete(decide, withVariables(WarmeOverdrachtProcess.Var.DECISION, decision));
    }

    private void introduce(ProcessInstance handover) {
        complete(task(WarmeOverdrachtProcess.Activity.CONFIRM_INTRODUCTION, handover), withVariables("introduced", true));
    }

    private void confirmAttendance(ProcessInstance handover, String attendance) {
        complete(task(WarmeOverdrachtProcess.Activity.CONFIRM_ATTENDANCE, handover),
                withVariables("attendance", attendance));
    }

    // --- warme-overdracht: called per chosen hulpbron

    @Test
    void wo_noPlaceNow_waitList_thenTheFreedPlaceIsOfferedAutomatically_toTheFirstInLine() {
        Hulpbron group = hulpbronnen.group("Voorzorggroep Oldambt", 1, Municipality.OLDAMBT, BEGELEIDER);
        // Anna takes the only place.
        ProcessInstance anna = inConversation(Municipality.OLDAMBT);
        long annasPlace = chooseAndHandOver(anna, group);
        decide(handover(annasPlace), "ACCEPT");
        assertThat(hulpbronnen.placesTaken(group.getId())).isEqualTo(1);
        // Bram and then Carla wait: the facilitator says no place now.
        ProcessInstance bram = inConversation(Municipality.OLDAMBT);
        long bramsPlace = chooseAndHandOver(bram, group);
        decide(handover(bramsPlace), "NO_PLACE");
        ProcessInstance carla = inConversation(Municipality.OLDAMBT);
        long carlasPlace = chooseAndHandOver(carla, group);
        decide(handover(carlasPlace), "NO_PLACE");
        BpmnAwareTests.assertThat(handover(bramsPlace)).isWaitingAt("Gateway_OnWaitList");
        assertThat(placements.status(bramsPlace)).isEqualTo(PlacementStatus.WAITING);

        // Anna stops before her first meeting: Bram, first in line, gets the place, Carla keeps waiting.
        introduce(handover(annasPlace));
        ProcessInstance annasHandover = handover(annasPlace);
        confirmAttendance(annasHandover, "NOT_ATTENDED");
        BpmnAwareTests.assertThat(annasHandover).isEnded().hasPassed("Task_ReleasePlace", "EndEvent_DidNotArrive");
        assertThat(placements.status(annasPlace)).isEqualTo(PlacementStatus.STOPPED);

        assertThat(placements.status(bramsPlace)).isEqualTo(PlacementStatus.RESERVED);
        BpmnAwareTests.assertThat(handover(bramsPlace)).isWaitingAt(WarmeOverdrachtProcess.Activity.CONFIRM_INTRODUCTION);
        assertThat(placements.status(carlasPlace)).isEqualTo(PlacementStatus.WAITING);
        assertThat(hulpbronnen.placesTaken(group.getId())).isEqualTo(1);
        // Anna did not arrive anywhere: her verkennend gesprek goes back to a new conversation.
        BpmnAwareTests.assertThat(anna).isWaitingAt(Activity.CONDUCT_VERKENNEND_GESPREK);
    }

    @Test
    void wo_acceptedButTheGroupIsFull_waitList_andTheCoachTakesThePersonOff() {
        Hulpbron group = hulpbronnen.group("Wandelgroep Pekela", 0, Municipality.PEKELA, BEGELEIDER);
        ProcessInstance vg = inConversation(Municipality.PEKELA);
        long placement = chooseAndHandOver(vg, group);

        decide(handover(placement), "ACCEPT");

        ProcessInstance handover = handover(placement);
        BpmnAwareTests.assertThat(handover).hasPassed(WarmeOverdrachtProcess.Activity.RESERVE_PLACE)
                .isWaitingAt("Gateway_OnWaitList");
        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.WAITING);
        assertThat(hulpbronnen.placesTaken(group.getId())).isZero();

        assertThat(placements.leaveWaitList(placement)).isTrue();
        BpmnAwareTests.assertThat(handover).isEnded().hasPassed("EndEvent_LeftWaitList");
        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.WITHDRAWN);
        BpmnAwareTests.assertThat(vg).isWaitingAt(Activity.CONDUCT_VERKENNEND_GESPREK);
    }

    @Test
    void wo_theCoachWithdrawsAHandoverUnderWay_thePlaceGoesToTheNextInLine_andTheRoundIsNotBlocked() {
        Hulpbron group = hulpbronnen.group("Voorzorggroep Veendam", 1, Municipality.VEENDAM, BEGELEIDER);
        ProcessInstance first = inConversation(Municipality.VEENDAM);
        long firstPlace = chooseAndHandOver(first, group);
        decide(handover(firstPlace), "ACCEPT");
        ProcessInstance second = inConversation(Municipality.VEENDAM);
        long secondPlace = chooseAndHandOver(second, group);
        decide(handover(secondPlace), "ACCEPT");
        assertThat(placements.status(secondPlace)).isEqualTo(PlacementStatus.WAITING);
        ProcessInstance firstHandover = handover(firstPlace);

        ReferralCase firstCase = caseRepository.findByCaseNumber(first.getBusinessKey()).orElseThrow();
        assertThat(placements.withdrawByCoach(firstCase.getId(), firstPlace)).isTrue();

        BpmnAwareTests.assertThat(firstHandover).isEnded().hasPassed("EndEvent_HandoverWithdrawn");
        assertThat(placements.status(firstPlace)).isEqualTo(PlacementStatus.WITHDRAWN);
        assertThat(placements.status(secondPlace)).isEqualTo(PlacementStatus.RESERVED);
        BpmnAwareTests.assertThat(handover(secondPlace)).isWaitingAt(WarmeOverdrachtProcess.Activity.CONFIRM_INTRODUCTION);
        assertThat(hulpbronnen.placesTaken(group.getId())).isEqualTo(1);
        // The first person's round is over: back to a new conversation.
        BpmnAwareTests.assertThat(first).isWaitingAt(Activity.CONDUCT_VERKENNEND_GESPREK);
        // Another case cannot withdraw it.
        assertThat(placements.withdrawByCoach(firstCase.getId(), secondPlace)).isFalse();
    }

    @Test
    void wo_aProposalUnansweredForAWeek_remindsTheCoach_whileTheFacilitatorCanStillAnswer() {
        Hulpbron group = hulpbronnen.group("Schuldhulpgroep Oldambt", 8, Municipality.OLDAMBT, BEGELEIDER);
        ProcessInstance vg = inConversation(Municipality.OLDAMBT);
        long placement = chooseAndHandOver(vg, group);
        ProcessInstance handover = handover(placement);

        execute(job(WarmeOverdrachtProcess.Activity.PROPOSAL_UNANSWERED, handover));

        BpmnAwareTests.assertThat(handover).isWaitingAt(WarmeOverdrachtProcess.Activity.DECIDE,
                WarmeOverdrachtProcess.Activity.CHASE_PROPOSAL);
        assertThat(taskService.createTaskQuery().processInstanceId(handover.getId()).taskCandidateGroup("team-oldambt")
                .taskDefinitionKey(WarmeOverdrachtProcess.Activity.CHASE_PROPOSAL).count()).isEqualTo(1);
        complete(task(WarmeOverdrachtProcess.Activity.CHASE_PROPOSAL, handover), withVariables("proposalChased", true));
        BpmnAwareTests.assertThat(handover).hasPassed("EndEvent_ProposalChased")
                .isWaitingAt(WarmeOverdrachtProcess.Activity.DECIDE);
        decide(handover, "ACCEPT");
        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.RESERVED);
    }

    @Test
    void wo_notSuitable_goesBackToTheCoachWithTheReason() {
        Hulpbron group = hulpbronnen.group("Taalcafé Veendam", 8, Municipality.VEENDAM, BEGELEIDER);
        ProcessInstance vg = inConversation(Municipality.VEENDAM);
        long placement = chooseAndHandOver(vg, group);
        placements.recordReason(placement, "De groep is Engelstalig; dat past niet.");

        decide(handover(placement), "NOT_SUITABLE");

        ProcessInstance handover = handover(placement);
        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.NOT_SUITABLE);
        assertThat(taskService.createTaskQuery().processInstanceId(handover.getId()).taskCandidateGroup("team-veendam")
                .taskDefinitionKey(WarmeOverdrachtProcess.Activity.REVIEW_NOT_SUITABLE).count()).isEqualTo(1);
        complete(task(WarmeOverdrachtProcess.Activity.REVIEW_NOT_SUITABLE, handover), withVariables("reviewed", true));
        BpmnAwareTests.assertThat(handover).isEnded().hasPassed("EndEvent_NotSuitable");
        assertThat(hulpbronnen.placesTaken(group.getId())).isZero();
        BpmnAwareTests.assertThat(vg).isWaitingAt(Activity.CONDUCT_VERKENNEND_GESPREK);
    }

    @Test
    void wo_firstAttendanceNotConfirmedInTwoWeeks_remindsTheCoach_thenTheFacilitatorConfirms() {
        Hulpbron group = hulpbronnen.group("Herstelgroep Westerwolde", 6, Municipality.WESTERWOLDE, BEGELEIDER);
        ProcessInstance vg = inConversation(Municipality.WESTERWOLDE);
        long placement = chooseAndHandOver(vg, group);
        decide(handover(placement), "ACCEPT");
        introduce(handover(placement));
        ProcessInstance handover = handover(placement);
        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.INTRODUCED);

        execute(job(WarmeOverdrachtProcess.Activity.ATTENDANCE_OVERDUE, handover));
        BpmnAwareTests.assertThat(handover).isWaitingAt(WarmeOverdrachtProcess.Activity.CONFIRM_ATTENDANCE,
                WarmeOverdrachtProcess.Activity.CHECK_ARRIVAL);
        complete(task(WarmeOverdrachtProcess.Activity.CHECK_ARRIVAL, handover), withVariables("arrivalChecked", true));
        BpmnAwareTests.assertThat(handover).hasPassed("EndEvent_ArrivalChecked");

        confirmAttendance(handover, "ATTENDED");
        BpmnAwareTests.assertThat(handover).isEnded().hasPassed("EndEvent_Arrived");
        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.ATTENDING);
        // Arrived: the huisarts-free entries hear it happened; follow-ups are planned.
        BpmnAwareTests.assertThat(vg).isWaitingAt(Activity.FOLLOW_UP_DUE);
    }

    @Test
    void wo_aPersonWhoStops_freesThePlace_andTheClosedCaseWithdrawsWhatIsStillOpen() {
        Hulpbron group = hulpbronnen.group("Lotgenotengroep rouw Eemsdelta", 1, Municipality.EEMSDELTA, BEGELEIDER);
        ProcessInstance first = inConversation(Municipality.EEMSDELTA);
        long firstPlace = chooseAndHandOver(first, group);
        decide(handover(firstPlace), "ACCEPT");
        introduce(handover(firstPlace));
        confirmAttendance(handover(firstPlace), "ATTENDED");
        ProcessInstance second = inConversation(Municipality.EEMSDELTA);
        long secondPlace = chooseAndHandOver(second, group);
        decide(handover(secondPlace), "ACCEPT");
        assertThat(placements.status(secondPlace)).isEqualTo(PlacementStatus.WAITING);

        // The second person's case closes while waiting (sent back to the huisarts): off the wait list.
        ReferralCase secondCase = caseRepository.findByCaseNumber(second.getBusinessKey()).orElseThrow();
        assertThat(journeyEvents.raiseSeriousConcern(secondCase.getCaseNumber(), "HUISARTS")).isTrue();
        assertThat(placements.status(secondPlace)).isEqualTo(PlacementStatus.WITHDRAWN);
        assertThat(handover(secondPlace)).isNull();

        // The first stops after a while: the place is free, nobody waits.
        assertThat(placements.stop(firstPlace)).isTrue();
        assertThat(placements.status(firstPlace)).isEqualTo(PlacementStatus.STOPPED);
        assertThat(hulpbronnen.placesTaken(group.getId())).isZero();
    }

    @Test
    void theHandoverTask_proposesEveryChosenHulpbron_oneHandoverEach() {
        Hulpbron one = hulpbronnen.group("Voluit Leven Stadskanaal", 12, Municipality.STADSKANAAL, BEGELEIDER);
        Hulpbron two = hulpbronnen.group("Schuldhulp Stadskanaal", 12, Municipality.STADSKANAAL, BEGELEIDER);
        ProcessInstance vg = inConversation(Municipality.STADSKANAAL);
        ReferralCase referral = caseRepository.findByCaseNumber(vg.getBusinessKey()).orElseThrow();
        placements.choose(referral.getId(), one.getId(), "t.journey.coach");
        placements.choose(referral.getId(), two.getId(), "t.journey.coach");
        assertThat(placements.choose(referral.getId(), two.getId(), "t.journey.coach"))
                .isEqualTo(PlacementService.ChooseResult.ALREADY_OPEN);
        List<Long> chosen = placements.chosen(referral.getId());

        complete(task(Activity.ARRANGE_WARM_HANDOVER, vg), withVariables("clientAgreesToIntroduction", true));

        BpmnAwareTests.assertThat(vg).isWaitingAt(Activity.WARME_OVERDRACHT);
        assertThat(chosen).hasSize(2).allSatisfy(id -> {
            assertThat(placements.status(id)).isEqualTo(PlacementStatus.PROPOSED);
            BpmnAwareTests.assertThat(handover(id)).isWaitingAt(WarmeOverdrachtProcess.Activity.DECIDE);
        });
        // Arriving at one is enough to go on once both handovers are done.
        decide(handover(chosen.get(0)), "ACCEPT");
        introduce(handover(chosen.get(0)));
        confirmAttendance(handover(chosen.get(0)), "ATTENDED");
        decide(handover(chosen.get(1)), "NOT_SUITABLE");
        complete(task(WarmeOverdrachtProcess.Activity.REVIEW_NOT_SUITABLE, handover(chosen.get(1))),
                withVariables("reviewed", true));
        BpmnAwareTests.assertThat(vg).isWaitingAt(Activity.FOLLOW_UP_DUE);
        assertThat(reload(referral).getStatusDetail()).isEqualTo("Voluit Leven Stadskanaal");
    }

    /** A case (via GGZ) whose coach has just held the conversation with outcome HANDOVER. */
    private ProcessInstance inConversation(Municipality gemeente) {
        ProcessInstance vg = instance(cases.referVia(ReferralSource.GGZ, gemeente, 45));
        reachClient(vg);
        holdConversation(vg, "HANDOVER");
        return vg;
    }

    private long chooseAndHandOver(ProcessInstance vg, Hulpbron group) {
        long placement = choose(caseRepository.findByCaseNumber(vg.getBusinessKey()).orElseThrow(), group);
        complete(task(Activity.ARRANGE_WARM_HANDOVER, vg), withVariables("clientAgreesToIntroduction", true));
        return placement;
    }

    private long managementJobs(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count();
    }

    private ProcessInstance handedOver(ReferralSource source, Municipality municipality, int age) {
        ProcessInstance instance = instance(cases.referVia(source, municipality, age));
        reachClient(instance);
        holdConversation(instance, "HANDOVER");
        handOver(instance, "Herstelgroep");
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
