package nl.welzijnsroute.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A warm handover of the client to a hulpbron. */
@Entity
@Table(name = "handover")
public class Handover {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "hulpbron_name", nullable = false)
    private String hulpbronName;

    @Column(name = "client_arrived", nullable = false)
    private boolean clientArrived;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Handover() {
    }

    Handover(Long caseId, String hulpbronName, boolean clientArrived, Instant recordedAt) {
        this.caseId = caseId;
        this.hulpbronName = hulpbronName;
        this.clientArrived = clientArrived;
        this.recordedAt = recordedAt;
    }

    public String getHulpbronName() {
        return hulpbronName;
    }

    public boolean isClientArrived() {
        return clientArrived;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
