package nl.welzijnsroute.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which ervaringsdeskundige is invited to which case. An invitation is the only way such a person sees a case, so
 * it lives in the database with who invited them and when.
 */
@Service
@Transactional
public class CaseInvitations {

    public record Invitation(String userId, String invitedBy, java.time.Instant invitedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseInvitations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return false when they were invited already (a double click invites once) */
    public boolean invite(long caseId, String userId, String invitedBy) {
        try {
            return jdbc.update("INSERT INTO case_invitation (case_id, user_id, invited_by, invited_at) VALUES (?, ?, ?, ?)",
                    caseId, userId, invitedBy, Timestamp.from(clock.instant())) == 1;
        } catch (DuplicateKeyException alreadyInvited) {
            return false;
        }
    }

    public boolean withdraw(long caseId, String userId) {
        return jdbc.update("DELETE FROM case_invitation WHERE case_id = ? AND user_id = ?", caseId, userId) == 1;
    }

    @Transactional(readOnly = true)
    public boolean isInvited(long caseId, String userId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM case_invitation WHERE case_id = ? AND user_id = ?",
                Integer.class, caseId, userId);
        return count != null && count > 0;
    }

    @Transactional(readOnly = true)
    public List<Invitation> invitations(long caseId) {
        return jdbc.query("SELECT user_id, invited_by, invited_at FROM case_invitation WHERE case_id = ? ORDER BY invited_at",
                (rs, row) -> new Invitation(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()), caseId);
    }

    @Transactional(readOnly = true)
    public List<Long> invitedCaseIds(String userId) {
        return jdbc.queryForList("SELECT case_id FROM case_invitation WHERE user_id = ? ORDER BY invited_at DESC",
                Long.class, userId);
    }
}
