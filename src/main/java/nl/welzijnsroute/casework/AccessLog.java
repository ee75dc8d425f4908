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

    /**
     * A referrer read their case on the page or through the API. Its own transaction: the reading happens in a
     * read-only one.
     */
    @org.springframework.context.event.EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(nl.welzijnsroute.referral.CaseViewedEvent viewed) {
        record(viewed.caseId(), viewed.userId(), AccessLogEntry.Action.VIEW_REFERRAL, viewed.channel());
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(long caseId, String userId, AccessLogEntry.Action action, String detail) {
        entries.save(new AccessLogEntry(caseId, userId, action, detail, clock.instant()));
    }
}
