package nl.welzijnsroute.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * A casus: one referral of one person and the journey it started. The process instance carries only this
 * case's id and routing facts; everything else is here.
 */
@Entity
@Table(name = "referral_case")
public class ReferralCase {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", unique = true)
    private String caseNumber;

    @ManyToOne(optional = false) // eager: a case is never shown without its client
    @JoinColumn(name = "client_id")
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralSource source;

    @Column(name = "referrer_user_id", nullable = false)
    private String referrerUserId;

    @Column(name = "referrer_agb_code")
    private String referrerAgbCode;

    @ManyToOne
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @Convert(converter = ReasonSetConverter.class)
    @Column(nullable = false)
    private Set<Reason> reasons = EnumSet.noneOf(Reason.class);

    @Column(name = "reason_other")
    private String reasonOther;

    private String question;

    private String note;

    @Column(name = "contact_preference")
    private String contactPreference;

    @Column(name = "consent_given_at", nullable = false)
    private Instant consentGivenAt;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    private String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "status_detail")
    private String statusDetail;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    private ClosureReason closureReason;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** SHA-256 of the referral as submitted: a repeat under the same idempotency key must be the same referral. */
    @Column(name = "request_hash")
    private String requestHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ReferralCase() {
    }

    public ReferralCase(Client client, Referrer referrer, Set<Reason> reasons, String reasonOther, String question,
            String note, String contactPreference, String idempotencyKey, Instant now) {
        this.client = client;
        this.source = referrer.getSource();
        this.referrerUserId = referrer.getUserId();
        this.referrerAgbCode = referrer.getAgbCode();
        this.practice = referrer.getPractice();
        // A resident registering themselves need not name a reason.
        this.reasons = reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons);
        this.reasonOther = reasonOther;
        this.question = question;
        this.note = note;
        this.contactPreference = contactPreference;
        this.consentGivenAt = now;
        this.idempotencyKey = idempotencyKey;
        this.status = CaseStatus.RECEIVED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Readable number from the database id, e.g. WOR-2026-000123; unique because the id is. */
    void assignCaseNumber() {
        String prefix = source == ReferralSource.HUISARTS ? "WOR" : "VG";
        this.caseNumber = "%s-%d-%06d".formatted(prefix, createdAt.atZone(ZONE).getYear(), id);
    }

    void fingerprint(String requestHash) {
        this.requestHash = requestHash;
    }

    public String getRequestHash() {
        return requestHash;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void assignTeam(String team, Instant now) {
        this.team = team;
        this.updatedAt = now;
    }

    public void moveTo(CaseStatus status, String detail, Instant now) {
        this.status = status;
        this.statusDetail = detail;
        this.updatedAt = now;
    }

    public void close(ClosureReason reason, Instant now) {
        this.status = CaseStatus.CLOSED;
        this.statusDetail = null;
        this.closureReason = reason;
        this.closedAt = now;
        this.updatedAt = now;
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Client getClient() {
        return client;
    }

    public ReferralSource getSource() {
        return source;
    }

    public String getReferrerUserId() {
        return referrerUserId;
    }

    public String getReferrerAgbCode() {
        return referrerAgbCode;
    }

    public Practice getPractice() {
        return practice;
    }

    public Set<Reason> getReasons() {
        return reasons;
    }

    public String getReasonOther() {
        return reasonOther;
    }

    public String getQuestion() {
        return question;
    }

    public String getNote() {
        return note;
    }

    public String getContactPreference() {
        return contactPreference;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getTeam() {
        return team;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getStatusDetail() {
        return statusDetail;
    }

    public ClosureReason getClosureReason() {
        return closureReason;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
