package nl.welzijnsroute.referral;

/** Contact details a coach reaches a person by; checked by {@link ReachableByPhoneOrEmail}. */
public interface Reachable {

    String getPhone();

    String getEmail();
}
