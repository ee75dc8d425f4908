package nl.welzijnsroute.coordination;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a person's sessions once a change of their teams has committed. A session carries the groups read at login,
 * so without this a coach taken off a team would keep seeing that team's cases until the session expires. Sessions
 * live in the database (Spring Session JDBC), so this reaches every node; the person logs in again with their
 * current teams.
 */
@Component
class TeamSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    TeamSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    void endAfterCommit(String userId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(userId);
                }
            });
        } else {
            end(userId);
        }
    }

    private void end(String userId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(userId).keySet().forEach(repository::deleteById);
        }
    }
}
