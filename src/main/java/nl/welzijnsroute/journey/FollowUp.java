package nl.welzijnsroute.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A follow-up contact moment after the handover. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "follow_up_no", nullable = false)
    private int followUpNo;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FollowUp() {
    }

    FollowUp(Long caseId, int followUpNo, String outcome, Instant recordedAt) {
        this.caseId = caseId;
        this.followUpNo = followUpNo;
        this.outcome = outcome;
        this.recordedAt = recordedAt;
    }

    public int getFollowUpNo() {
        return followUpNo;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
