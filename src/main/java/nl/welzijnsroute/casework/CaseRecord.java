package nl.welzijnsroute.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One answer from a task form that belongs in the case file (the question in the person's own words, strengths,
 * goals...): personal data, so it lives here rather than in a process variable. Append-only; the newest answer to
 * a field is the current one.
 */
@Entity
@Table(name = "case_record")
public class CaseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "task_id", nullable = false, updatable = false)
    private String taskId;

    @Column(name = "task_name", nullable = false, updatable = false)
    private String taskName;

    @Column(name = "field_key", nullable = false, updatable = false)
    private String fieldKey;

    @Column(nullable = false, updatable = false)
    private String label;

    @Column(name = "field_value", nullable = false, updatable = false)
    private String value;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CaseRecord() {
    }

    CaseRecord(Long caseId, String taskId, String taskName, String fieldKey, String label, String value,
            String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.taskId = taskId;
        this.taskName = taskName;
        this.fieldKey = fieldKey;
        this.label = label;
        this.value = value;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskName() {
        return taskName;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
