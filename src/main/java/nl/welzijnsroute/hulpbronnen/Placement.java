package nl.welzijnsroute.hulpbronnen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One warm handover of a case to a hulpbron. Status and the place it holds change only through
 * {@link PlacementService}, whose conditional updates keep places and the wait list right on every node.
 */
@Entity
@Table(name = "placement")
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "hulpbron_id", nullable = false, updatable = false)
    private Long hulpbronId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, insertable = true, updatable = false)
    private PlacementStatus status;

    @Column(insertable = true, updatable = false)
    private String introduction;

    @Column(insertable = true, updatable = false)
    private String reason;

    @Column(name = "chosen_by", nullable = false, updatable = false)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false, updatable = false)
    private Instant chosenAt;

    @Column(name = "waiting_since", updatable = false)
    private Instant waitingSince;

    @Column(name = "holds_place", nullable = false, updatable = false)
    private boolean holdsPlace;

    @Column(name = "updated_at", nullable = false, updatable = false)
    private Instant updatedAt;

    protected Placement() {
    }

    Placement(Long caseId, Long hulpbronId, String chosenBy, Instant now) {
        this.caseId = caseId;
        this.hulpbronId = hulpbronId;
        this.status = PlacementStatus.CHOSEN;
        this.chosenBy = chosenBy;
        this.chosenAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getHulpbronId() {
        return hulpbronId;
    }

    public PlacementStatus getStatus() {
        return status;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getReason() {
        return reason;
    }

    public String getChosenBy() {
        return chosenBy;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public boolean isHoldsPlace() {
        return holdsPlace;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
