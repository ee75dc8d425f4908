package nl.welzijnsroute.referral;

/** Why a case closed; message key {@code closure.CODE}. */
public enum ClosureReason {
    GOAL_REACHED, SETTLED_AT_HULPBRON, UNREACHABLE, DECLINED, BACK_TO_HUISARTS, MOVED, OTHER
}
