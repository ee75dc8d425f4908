package nl.welzijnsroute.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import nl.welzijnsroute.journey.WorProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a referral into a case and starts its journey, in one transaction: either the client, the case and the
 * process instance all exist afterwards, or none of them does.
 */
@Service
public class ReferralService {

    private final ReferralCaseRepository cases;
    private final ClientRepository clients;
    private final ReferrerRepository referrers;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int firstContactDays;

    ReferralService(ReferralCaseRepository cases, ClientRepository clients, ReferrerRepository referrers,
            RuntimeService runtimeService, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${welzijnsroute.first-contact-days:14}") int firstContactDays) {
        this.cases = cases;
        this.clients = clients;
        this.referrers = referrers;
        this.runtimeService = runtimeService;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.firstContactDays = firstContactDays;
    }

    /**
     * @param sameReferral false when an earlier referral under the same idempotency key had other content: then
     *                     nothing was created and the caller should refuse
     */
    public record Result(ReferralCase referralCase, boolean created, boolean sameReferral) {

        Result(ReferralCase referralCase, boolean created) {
            this(referralCase, created, true);
        }
    }

    /** Only a user with a referrer profile (AGB code, practice) can refer; a bare login cannot. */
    public boolean isReferrer(String userId) {
        return referrers.existsById(userId);
    }

    /** The referrer's entry kind (HUISARTS, SCHOOL, ...), from their profile; empty without one. */
    public Optional<ReferralSource> entryKind(String userId) {
        return referrers.findById(userId).map(Referrer::getSource);
    }

    /**
     * Creates the case, or returns the one this referrer already created with the same idempotency key. The
     * unique constraint on (referrer, key) settles two simultaneous submits, on any node.
     */
    public Result refer(String referrerUserId, NewReferral referral, String idempotencyKey) {
        Referrer referrer = referrers.findById(referrerUserId)
                .orElseThrow(() -> new IllegalStateException("No referrer profile for user " + referrerUserId));
        if (idempotencyKey != null) {
            Optional<ReferralCase> existing = findByIdempotencyKey(referrerUserId, idempotencyKey);
            if (existing.isPresent()) {
                return replay(existing.get(), referral);
            }
        }
        try {
            return new Result(transaction.execute(status -> create(referrer, referral, idempotencyKey)), true);
        } catch (DataIntegrityViolationException duplicate) {
            if (idempotencyKey == null) {
                throw duplicate;
            }
            return replay(findByIdempotencyKey(referrerUserId, idempotencyKey).orElseThrow(() -> duplicate), referral);
        }
    }

    private static Result replay(ReferralCase existing, NewReferral referral) {
        return new Result(existing, false,
                existing.getRequestHash() == null || existing.getRequestHash().equals(fingerprint(referral)));
    }

    /** The referral's content (a record: every field, in order) as a SHA-256 hex string. */
    static String fingerprint(NewReferral referral) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(referral.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<ReferralCase> findByIdempotencyKey(String referrerUserId, String key) {
        return transaction.execute(status -> cases.findByReferrerUserIdAndIdempotencyKey(referrerUserId, key));
    }

    private ReferralCase create(Referrer referrer, NewReferral r, String idempotencyKey) {
        Instant now = clock.instant();
        Client client = clients.save(new Client(r.givenName(), r.familyName(), r.birthDate(), r.phone(), r.email(),
                r.postalCode(), r.houseNumber(), r.municipality(), now));
        ReferralCase referralCase = cases.saveAndFlush(new ReferralCase(client, referrer, r.reasons(),
                r.reasonOther(), r.question(), r.note(), r.contactPreference(), idempotencyKey, now));
        referralCase.assignCaseNumber();
        referralCase.fingerprint(fingerprint(r));

        LocalDate today = LocalDate.ofInstant(now, ReferralCase.ZONE);
        Map<String, Object> variables = Map.of(
                WorProcess.Var.CASE_ID, referralCase.getId(),
                WorProcess.Var.GEMEENTE, r.municipality().displayName(),
                WorProcess.Var.LEEFTIJD, client.ageOn(today),
                WorProcess.Var.SOURCE, referrer.getSource().name(),
                WorProcess.Var.FIRST_CONTACT_DUE_DATE,
                Date.from(now.plus(java.time.Duration.ofDays(firstContactDays))));
        // A huisarts's referral is Welzijn op Recept (which calls the verkennend gesprek); every other entry
        // starts the verkennend gesprek itself. The case number is the business key of both.
        String processKey = referrer.getSource() == ReferralSource.HUISARTS ? WorProcess.PROCESS_KEY
                : WorProcess.VERKENNEND_GESPREK_KEY;
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(processKey,
                referralCase.getCaseNumber(), variables);
        referralCase.startedAs(instance.getId());
        return referralCase;
    }
}
