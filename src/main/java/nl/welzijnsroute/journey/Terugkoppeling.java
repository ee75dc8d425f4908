package nl.welzijnsroute.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message to the referrer about what happened with their referral. */
@Entity
@Table(name = "terugkoppeling")
public class Terugkoppeling {

    public enum Moment {
        FIRST_CONTACT, HANDOVER, CLOSURE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Moment moment;

    @Column(nullable = false)
    private String message;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Terugkoppeling() {
    }

    Terugkoppeling(Long caseId, Moment moment, String message, Instant sentAt) {
        this.caseId = caseId;
        this.moment = moment;
        this.message = message;
        this.sentAt = sentAt;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Moment getMoment() {
        return moment;
    }

    public String getMessage() {
        return message;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
