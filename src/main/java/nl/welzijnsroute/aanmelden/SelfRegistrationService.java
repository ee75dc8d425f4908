package nl.welzijnsroute.aanmelden;

import nl.welzijnsroute.referral.NewReferral;
import nl.welzijnsroute.referral.ReferralService;
import org.springframework.stereotype.Service;

/**
 * A resident's own request for a verkennend gesprek: counted by the throttle, then made into a case like any
 * referral, in the name of the referrer {@value #REFERRER} (source SELF, Flyway V7), which has no login.
 */
@Service
class SelfRegistrationService {

    static final String REFERRER = "zelfaanmelding";
    static final String KEY_PREFIX = "aanmelden:";

    /** What the resident is told; never whether the person already has a case. */
    enum Outcome {
        RECEIVED, TOO_MANY
    }

    private final ReferralService referralService;
    private final SelfRegistrationThrottle throttle;

    SelfRegistrationService(ReferralService referralService, SelfRegistrationThrottle throttle) {
        this.referralService = referralService;
        this.throttle = throttle;
    }

    /**
     * Creates the case for a validated registration, or, when this form was sent before, finds the one it made.
     * Over a limit nothing is stored.
     *
     * @param submissionId the random key of the opened form (a double submit sends the same one)
     * @param source       the client's address
     */
    Outcome register(NewReferral registration, String submissionId, String source) {
        String idempotencyKey = KEY_PREFIX + submissionId;
        if (!throttle.tryAcquire(source, idempotencyKey)) {
            return Outcome.TOO_MANY;
        }
        // Every registration is a new case: a person who is already known gets exactly the same answer.
        referralService.refer(REFERRER, registration, idempotencyKey);
        return Outcome.RECEIVED;
    }
}
