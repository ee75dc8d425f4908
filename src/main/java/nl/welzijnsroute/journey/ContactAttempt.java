package nl.welzijnsroute.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "contact_attempt")
public class ContactAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Column(nullable = false)
    private String outcome;

    private String channel;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ContactAttempt() {
    }

    ContactAttempt(Long caseId, int attemptNo, String outcome, String channel, Instant recordedAt) {
        this.caseId = caseId;
        this.attemptNo = attemptNo;
        this.outcome = outcome;
        this.channel = channel;
        this.recordedAt = recordedAt;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getChannel() {
        return channel;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
