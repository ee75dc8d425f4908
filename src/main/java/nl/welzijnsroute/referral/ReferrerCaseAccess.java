package nl.welzijnsroute.referral;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a referrer may see: their own referrals, and their practice's when the practice shares them. The one
 * place every referrer page and API asks, so no endpoint can forget the rule. Anything else is "not found".
 */
@Service
@Transactional(readOnly = true)
public class ReferrerCaseAccess {

    private final ReferralCaseRepository cases;
    private final ReferrerRepository referrers;

    ReferrerCaseAccess(ReferralCaseRepository cases, ReferrerRepository referrers) {
        this.cases = cases;
        this.referrers = referrers;
    }

    public List<ReferralCase> visibleTo(String userId) {
        Optional<Practice> sharedPractice = sharedPractice(userId);
        return sharedPractice.map(p -> cases.findWithClientByPractice(p.getId()))
                .orElseGet(() -> cases.findWithClientByReferrer(userId));
    }

    public Optional<ReferralCase> byId(String userId, long id) {
        return cases.findById(id).filter(c -> canSee(userId, c));
    }

    public Optional<ReferralCase> byCaseNumber(String userId, String caseNumber) {
        return cases.findByCaseNumber(caseNumber).filter(c -> canSee(userId, c));
    }

    private boolean canSee(String userId, ReferralCase referralCase) {
        if (referralCase.getReferrerUserId().equals(userId)) {
            return true;
        }
        return sharedPractice(userId).map(p -> referralCase.getPractice() != null
                && Objects.equals(referralCase.getPractice().getId(), p.getId())).orElse(false);
    }

    private Optional<Practice> sharedPractice(String userId) {
        return referrers.findById(userId).map(Referrer::getPractice).filter(Practice::isSharesReferrals);
    }
}
