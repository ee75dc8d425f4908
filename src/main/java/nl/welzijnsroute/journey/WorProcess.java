package nl.welzijnsroute.journey;

/**
 * Names shared between the journey's processes ({@code processes/welzijn-op-recept.bpmn}, which routes a
 * huisarts's referral and then calls {@code processes/verkennend-gesprek.bpmn}, the journey every entry
 * travels), their decisions and forms, and the Java side. All instances of one case carry the case number as
 * business key.
 */
public final class WorProcess {

    public static final String PROCESS_KEY = "welzijn-op-recept";
    public static final String ROUTING_DECISION = "wor-routing";
    public static final String VERKENNEND_GESPREK_KEY = "verkennend-gesprek";
    public static final String VERKENNEND_GESPREK_ROUTING_DECISION = "verkennend-gesprek-routing";
    public static final String FOLLOW_UP_DECISION = "follow-up-schedule";
    /** Interrupts the guidance at any point: the coach sends the case back to the huisarts or GGZ. */
    public static final String SERIOUS_CONCERN_MESSAGE = "SeriousConcern";
    /** Every process whose tasks belong to a case (the warm handover runs per chosen hulpbron). */
    public static final java.util.List<String> JOURNEY_PROCESS_KEYS = java.util.List.of(PROCESS_KEY,
            VERKENNEND_GESPREK_KEY, "warme-overdracht");

    /** Variables: references and routing facts only, never personal data. */
    public static final class Var {
        public static final String CASE_ID = "caseId";
        public static final String GEMEENTE = "gemeente";
        public static final String LEEFTIJD = "leeftijd";
        public static final String SOURCE = "source";
        public static final String TEAM = "team";
        public static final String FIRST_CONTACT_DUE_DATE = "firstContactDueDate";
        public static final String CONTACT_OUTCOME = "contactOutcome";
        public static final String CONTACT_CHANNEL = "contactChannel";
        public static final String CONTACT_ATTEMPTS = "contactAttempts";
        public static final String CONVERSATION_DATE = "conversationDate";
        public static final String ERVARINGSDESKUNDIGE_PRESENT = "ervaringsdeskundigePresent";
        public static final String CONVERSATION_OUTCOME = "conversationOutcome";
        public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
        public static final String FOLLOW_UP_COUNT = "followUpCount";
        /** Days after the handover, comma-separated, from the follow-up-schedule decision. */
        public static final String FOLLOW_UP_SCHEDULE = "followUpSchedule";
        public static final String FOLLOW_UPS_PLANNED = "followUpsPlanned";
        public static final String FOLLOW_UPS_PLANNED_FROM = "followUpsPlannedFrom";
        public static final String FOLLOW_UP_DUE_DATE = "followUpDueDate";
        /** HUISARTS or GGZ: where the coach sent the case back to. */
        public static final String CONCERN_TARGET = "concernTarget";
        public static final String CLOSURE_REASON = "closureReason";
        public static final String TERUGKOPPELING_MOMENT = "terugkoppelingMoment";
        public static final String TEAM_INFORMED = "teamInformed";

        private Var() {
        }
    }

    /** Activity ids, for tests and for the work queue's task words. */
    public static final class Activity {
        public static final String DETERMINE_TEAM = "Task_DetermineTeam";
        public static final String ASSIGN_TEAM_MANUALLY = "Task_AssignTeamManually";
        public static final String ASSIGN_CASE_TO_TEAM = "Task_AssignCaseToTeam";
        public static final String FIRST_CONTACT = "SubProcess_FirstContact";
        public static final String CONTACT_CLIENT = "Task_ContactClient";
        public static final String HANDLE_OVERDUE_FIRST_CONTACT = "Task_HandleOverdueFirstContact";
        public static final String NO_CONTACT_TIMER = "BoundaryEvent_NoContactIn2Weeks";
        public static final String CONDUCT_VERKENNEND_GESPREK = "Task_ConductVerkennendGesprek";
        public static final String ARRANGE_WARM_HANDOVER = "Task_ArrangeWarmHandover";
        public static final String FOLLOW_UP_DUE = "Event_FollowUpDue";
        public static final String HOLD_FOLLOW_UP = "Task_HoldFollowUpContact";
        public static final String CONCLUDE_GUIDANCE = "Task_ConcludeGuidance";
        public static final String CASE_CLOSED = "EndEvent_CaseClosed";
        public static final String CALL_VERKENNEND_GESPREK = "CallActivity_VerkennendGesprek";
        public static final String GUIDANCE = "SubProcess_Guidance";
        public static final String SERIOUS_CONCERN = "BoundaryEvent_SeriousConcern";
        public static final String PLAN_FOLLOW_UPS = "Task_PlanFollowUps";
        public static final String WARME_OVERDRACHT = "CallActivity_WarmeOverdracht";

        private Activity() {
        }
    }

    public static final int MAX_CONTACT_ATTEMPTS = 3;

    private WorProcess() {
    }
}
