package nl.welzijnsroute.journey;

/** Names shared between {@code processes/welzijn-op-recept.bpmn}, its forms and the Java side. */
public final class WorProcess {

    public static final String PROCESS_KEY = "welzijn-op-recept";
    public static final String ROUTING_DECISION = "wor-routing";

    /** Variables: references and routing facts only, never personal data. */
    public static final class Var {
        public static final String CASE_ID = "caseId";
        public static final String GEMEENTE = "gemeente";
        public static final String LEEFTIJD = "leeftijd";
        public static final String REASONS = "reasons";
        public static final String SOURCE = "source";
        public static final String TEAM = "team";
        public static final String FIRST_CONTACT_DUE_DATE = "firstContactDueDate";
        public static final String CONTACT_OUTCOME = "contactOutcome";
        public static final String CONTACT_CHANNEL = "contactChannel";
        public static final String CONTACT_ATTEMPTS = "contactAttempts";
        public static final String CONVERSATION_DATE = "conversationDate";
        public static final String ERVARINGSDESKUNDIGE_PRESENT = "ervaringsdeskundigePresent";
        public static final String CONVERSATION_OUTCOME = "conversationOutcome";
        public static final String HULPBRON_NAME = "hulpbronName";
        public static final String CLIENT_ARRIVED = "clientArrived";
        public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
        public static final String FOLLOW_UP_COUNT = "followUpCount";
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

        private Activity() {
        }
    }

    /** Planned follow-up contact moments after the handover (the leefstijlzorgloket plans two). */
    public static final int PLANNED_FOLLOW_UPS = 2;
    public static final int MAX_CONTACT_ATTEMPTS = 3;

    private WorProcess() {
    }
}
