package nl.welzijnsroute.referral;

import java.time.Instant;
import java.util.List;
import nl.welzijnsroute.journey.Terugkoppeling;

/** A referral as its referrer sees it: status, and every terugkoppeling the journey sent. */
public record ReferralView(Long id, String caseNumber, String clientName, Instant createdAt, String referrerUserId,
        CaseStatus status, String statusDetail, ClosureReason closureReason, List<Terugkoppeling> terugkoppeling,
        ReferralSource source) {

    static ReferralView of(ReferralCase c, List<Terugkoppeling> terugkoppeling) {
        return new ReferralView(c.getId(), c.getCaseNumber(), c.getClient().fullName(), c.getCreatedAt(),
                c.getReferrerUserId(), c.getStatus(), c.getStatusDetail(), c.getClosureReason(), terugkoppeling,
                c.getSource());
    }
}
