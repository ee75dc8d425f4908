package nl.welzijnsroute.referral;

/**
 * A referrer opened one of their cases (page or API): the access log (NEN 7513) records it. An event, so the
 * referral feature does not depend on casework, which keeps the log.
 */
public record CaseViewedEvent(long caseId, String userId, String channel) {
}
