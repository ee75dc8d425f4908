package nl.welzijnsroute.hulpbronnen;

/** Names shared between {@code processes/warme-overdracht.bpmn}, its forms and the Java side. */
public final class WarmeOverdrachtProcess {

    public static final String PROCESS_KEY = "warme-overdracht";
    /** A place came free for a person on the wait list. */
    public static final String PLACE_OFFERED_MESSAGE = "PlaceOffered";
    /** The coach takes the person off the wait list. */
    public static final String WAIT_LIST_LEFT_MESSAGE = "WaitListLeft";
    /** The coach withdraws the handover at any open stage. */
    public static final String HANDOVER_WITHDRAWN_MESSAGE = "HandoverWithdrawn";

    public static final class Var {
        public static final String PLACEMENT_ID = "placementId";
        /** Transient list of placement ids, read once by the multi-instance call activity. */
        public static final String PLACEMENT_IDS = "placementIds";
        /** Transient list of the facilitators' user ids, read when their task is created. */
        public static final String BEGELEIDERS = "begeleiders";
        public static final String DECISION = "handoverDecision";
        public static final String PLACE_RESERVED = "placeReserved";
        public static final String ATTENDANCE = "attendance";
        public static final String INTRODUCED = "introduced";
        /** The placements of the latest handover round (ids, comma-separated): did the person arrive somewhere? */
        public static final String HANDOVER_ROUND = "handoverRound";
        public static final String CLIENT_ARRIVED = "clientArrived";

        private Var() {
        }
    }

    public static final class Activity {
        public static final String PROPOSE = "Task_ProposeToHulpbron";
        public static final String DECIDE = "Task_DecideOnProposal";
        public static final String RESERVE_PLACE = "Task_ReservePlace";
        public static final String PUT_ON_WAIT_LIST = "Task_PutOnWaitList";
        public static final String PLACE_OFFERED = "Event_PlaceOffered";
        public static final String LEFT_WAIT_LIST = "Event_LeftWaitList";
        public static final String CONFIRM_INTRODUCTION = "Task_ConfirmIntroduction";
        public static final String CONFIRM_ATTENDANCE = "Task_ConfirmFirstAttendance";
        public static final String ATTENDANCE_OVERDUE = "BoundaryEvent_AttendanceNotConfirmed";
        public static final String CHECK_ARRIVAL = "Task_CheckArrival";
        public static final String PROPOSAL_UNANSWERED = "BoundaryEvent_ProposalUnanswered";
        public static final String CHASE_PROPOSAL = "Task_ChaseProposal";
        public static final String REVIEW_NOT_SUITABLE = "Task_ReviewNotSuitable";

        private Activity() {
        }
    }

    public enum Decision {
        ACCEPT, NO_PLACE, NOT_SUITABLE
    }

    private WarmeOverdrachtProcess() {
    }

    static long placementId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable(Var.PLACEMENT_ID)).longValue();
    }

    /**
     * Who may answer the facilitator's next task: the hulpbron's facilitators, read once when that task is created,
     * so a transient variable (never stored).
     */
    static void offerToBegeleiders(org.camunda.bpm.engine.delegate.VariableScope scope, java.util.List<String> users) {
        scope.setVariable(Var.BEGELEIDERS, org.camunda.bpm.engine.variable.Variables.objectValue(users, true).create());
    }

    static long caseId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable("caseId")).longValue();
    }
}
