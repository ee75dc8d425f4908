package nl.welzijnsroute.journey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.welzijnsroute.referral.CaseStatus;
import nl.welzijnsroute.referral.ClosureReason;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the journey does on the case's own tables: the status the referrer reads, and the contact
 * attempts, conversations, handovers and follow-ups. Called by the process's delegates, inside the engine's
 * transaction, so the records and the process state move together.
 */
@Service
@Transactional
public class CaseJourneyService {

    public static final String REACHED = "REACHED";

    private final ReferralCaseRepository cases;
    private final ContactAttemptRepository contactAttempts;
    private final ConversationRepository conversations;
    private final HandoverRepository handovers;
    private final FollowUpRepository followUps;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CaseJourneyService(ReferralCaseRepository cases, ContactAttemptRepository contactAttempts,
            ConversationRepository conversations, HandoverRepository handovers, FollowUpRepository followUps,
            Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.contactAttempts = contactAttempts;
        this.conversations = conversations;
        this.handovers = handovers;
        this.followUps = followUps;
        this.clock = clock;
    }

    public void assignTeam(long caseId, String team) {
        load(caseId).assignTeam(team, clock.instant());
    }

    /** @return the number of attempts so far, this one included */
    public int recordContactAttempt(long caseId, String outcome, String channel) {
        ReferralCase referralCase = load(caseId);
        int attemptNo = (int) contactAttempts.countByCaseId(caseId) + 1;
        Instant now = clock.instant();
        contactAttempts.save(new ContactAttempt(caseId, attemptNo, outcome, channel, now));
        if (REACHED.equals(outcome)) {
            referralCase.moveTo(CaseStatus.CONTACT_MADE, null, now);
        }
        return attemptNo;
    }

    public void recordConversation(long caseId, LocalDate heldOn, boolean ervaringsdeskundigePresent,
            String outcome) {
        Instant now = clock.instant();
        conversations.save(new Conversation(caseId, heldOn, ervaringsdeskundigePresent, outcome, now));
        load(caseId).moveTo(CaseStatus.IN_CONVERSATION, null, now);
    }

    public void recordHandover(long caseId, String hulpbronName, boolean clientArrived) {
        Instant now = clock.instant();
        handovers.save(new Handover(caseId, hulpbronName, clientArrived, now));
        load(caseId).moveTo(CaseStatus.HANDED_OVER, hulpbronName, now);
    }

    /** @return the number of follow-up moments since the latest handover, this one included */
    public int recordFollowUp(long caseId, String outcome) {
        load(caseId);
        int followUpNo = (int) followUps.countByCaseId(caseId) + 1;
        followUps.save(new FollowUp(caseId, followUpNo, outcome, clock.instant()));
        // Each handover plans its own follow-up moments; a second handover starts counting again.
        java.time.Instant lastHandover = handovers.findByCaseIdOrderByRecordedAt(caseId).stream()
                .map(Handover::getRecordedAt).reduce((first, second) -> second).orElse(java.time.Instant.MIN);
        return (int) followUps.findByCaseIdOrderByFollowUpNo(caseId).stream()
                .filter(f -> !f.getRecordedAt().isBefore(lastHandover)).count();
    }

    public void closeCase(long caseId, ClosureReason reason) {
        load(caseId).close(reason, clock.instant());
        events.publishEvent(new CaseClosedEvent(caseId));
    }

    private ReferralCase load(long caseId) {
        return cases.findById(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " does not exist"));
    }
}
