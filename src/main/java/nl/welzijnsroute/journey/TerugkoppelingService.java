package nl.welzijnsroute.journey;

import java.time.Clock;
import java.util.Locale;
import nl.welzijnsroute.referral.ClosureReason;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralSource;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the referrer what became of the referral. For now "sending" means the message is stored where the
 * referrer's own view reads it; a mail or Zorgmail channel can read the same rows later.
 */
@Service
@Transactional
public class TerugkoppelingService {

    /** Huisartsen in the region read Dutch, whatever the coach's browser says. */
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ReferralCaseRepository cases;
    private final TerugkoppelingRepository terugkoppelingen;
    private final MessageSource messages;
    private final Clock clock;

    TerugkoppelingService(ReferralCaseRepository cases, TerugkoppelingRepository terugkoppelingen,
            MessageSource messages, Clock clock) {
        this.cases = cases;
        this.terugkoppelingen = terugkoppelingen;
        this.messages = messages;
        this.clock = clock;
    }

    /** @return what was stored, or empty when nobody referred (a resident registered themselves) */
    public java.util.Optional<Terugkoppeling> send(long caseId, Terugkoppeling.Moment moment) {
        return send(caseId, moment, null);
    }

    /** @param concernTarget HUISARTS or GGZ when the coach sent the case back with serious concern, else null */
    public java.util.Optional<Terugkoppeling> send(long caseId, Terugkoppeling.Moment moment, String concernTarget) {
        ReferralCase referralCase = cases.findById(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " does not exist"));
        if (referralCase.getSource() == ReferralSource.SELF) {
            return java.util.Optional.empty();
        }
        String message = switch (moment) {
            case FIRST_CONTACT -> messages.getMessage("terugkoppeling.firstContact",
                    new Object[] {referralCase.getCaseNumber()}, DUTCH);
            // Where the person went is for the treating huisarts; a mentor or chatter hears that it happened.
            case HANDOVER -> referralCase.getSource() == ReferralSource.HUISARTS
                    ? messages.getMessage("terugkoppeling.handover",
                            new Object[] {referralCase.getCaseNumber(), referralCase.getStatusDetail()}, DUTCH)
                    : messages.getMessage("terugkoppeling.handover.unnamed",
                            new Object[] {referralCase.getCaseNumber()}, DUTCH);
            case CLOSURE -> concernTarget != null && referralCase.getClosureReason() == ClosureReason.BACK_TO_HUISARTS
                    ? messages.getMessage("terugkoppeling.closure.concern." + concernTarget,
                            new Object[] {referralCase.getCaseNumber()}, DUTCH)
                    : messages.getMessage("terugkoppeling.closure",
                    new Object[] {referralCase.getCaseNumber(),
                            messages.getMessage("closure." + referralCase.getClosureReason(), null, DUTCH)},
                    DUTCH);
        };
        return java.util.Optional.of(terugkoppelingen.save(new Terugkoppeling(caseId, moment, message, clock.instant())));
    }
}
