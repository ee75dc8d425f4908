package nl.welzijnsroute.casework;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the access log. Joins the caller's transaction, so a completion and its log line commit together. */
@Service
public class AccessLog {

    private final AccessLogRepository entries;
    private final Clock clock;

    AccessLog(AccessLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(long caseId, String userId, AccessLogEntry.Action action, String detail) {
        entries.save(new AccessLogEntry(caseId, userId, action, detail, clock.instant()));
    }
}
