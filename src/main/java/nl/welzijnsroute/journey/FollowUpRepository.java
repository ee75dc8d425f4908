package nl.welzijnsroute.journey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByCaseIdOrderByFollowUpNo(Long caseId);

    long countByCaseId(Long caseId);
}
