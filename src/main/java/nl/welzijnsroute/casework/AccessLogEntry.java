package nl.welzijnsroute.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the access log (NEN 7513): append-only, never updated. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    public enum Action {
        VIEW_CASE, VIEW_TASK, COMPLETE_TASK, CLAIM_TASK, UNCLAIM_TASK, ASSIGN_TASK, ADD_NOTE, RECORD_PG, VIEW_ACCESS_LOG,
        RAISE_CONCERN, INVITE, WITHDRAW_INVITATION, VIEW_REFERRAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(nullable = false, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;

    @Column(updatable = false)
    private String detail;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected AccessLogEntry() {
    }

    AccessLogEntry(Long caseId, String userId, Action action, String detail, Instant at) {
        this.caseId = caseId;
        this.userId = userId;
        this.action = action;
        this.detail = detail;
        this.at = at;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getUserId() {
        return userId;
    }

    public Action getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getAt() {
        return at;
    }
}
