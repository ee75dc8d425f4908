package nl.welzijnsroute.journey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConversationRepository extends JpaRepository<Conversation, Long> {

    List<Conversation> findByCaseIdOrderByRecordedAt(Long caseId);

    long countByCaseId(Long caseId);
}
