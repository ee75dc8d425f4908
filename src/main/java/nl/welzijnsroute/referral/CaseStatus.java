package nl.welzijnsroute.referral;

/** The case's status in words for the referrer; message key {@code status.CODE}. */
public enum CaseStatus {
    RECEIVED, CONTACT_MADE, IN_CONVERSATION, HANDED_OVER, CLOSED
}
