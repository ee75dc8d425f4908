package nl.welzijnsroute.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One verkennend gesprek held with the client. */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "ervaringsdeskundige_present", nullable = false)
    private boolean ervaringsdeskundigePresent;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Conversation() {
    }

    Conversation(Long caseId, LocalDate heldOn, boolean ervaringsdeskundigePresent, String outcome,
            Instant recordedAt) {
        this.caseId = caseId;
        this.heldOn = heldOn;
        this.ervaringsdeskundigePresent = ervaringsdeskundigePresent;
        this.outcome = outcome;
        this.recordedAt = recordedAt;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public boolean isErvaringsdeskundigePresent() {
        return ervaringsdeskundigePresent;
    }

    public String getOutcome() {
        return outcome;
    }
}
