package nl.welzijnsroute.hulpbronnen;

import java.util.Set;

/** Where a warm handover to one hulpbron stands; message key {@code placement.status.CODE}. */
public enum PlacementStatus {
    /** The coach chose the hulpbron with the person; not yet proposed. */
    CHOSEN,
    /** Proposed: the facilitator decides. */
    PROPOSED,
    /** No place now: on the hulpbron's wait list, in order of arrival. */
    WAITING,
    /** A place is held; the coach introduces the person. */
    RESERVED,
    /** Introduced personally; the facilitator confirms the first attendance. */
    INTRODUCED,
    /** Arrived: the person takes part. */
    ATTENDING,
    NOT_SUITABLE,
    /** Stopped or did not come: the place is free again. */
    STOPPED,
    /** The coach took the person off (the wait list, or before proposing). */
    WITHDRAWN;

    /** Still under way: a case can have only one of these per hulpbron. */
    public static final Set<PlacementStatus> OPEN = Set.of(CHOSEN, PROPOSED, WAITING, RESERVED, INTRODUCED);
}
