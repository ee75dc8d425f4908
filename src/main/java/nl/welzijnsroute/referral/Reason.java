package nl.welzijnsroute.referral;

/** Why the person was referred; the message key {@code reason.CODE} holds the Dutch words. */
public enum Reason {
    LONELINESS, GRIEF, STRESS, LOW_MOOD, MEANING, FINANCES, WORK, RELATIONSHIPS, CAREGIVING, OTHER
}
