package nl.welzijnsroute.referral;

/** How a person entered the journey. Huisarts referrals start Welzijn op Recept. */
public enum ReferralSource {
    HUISARTS, SCHOOL, DIGITAL_COMMUNITY, GGZ, LEEFSTIJLLOKET, SELF
}
