package nl.welzijnsroute.journey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactAttemptRepository extends JpaRepository<ContactAttempt, Long> {

    List<ContactAttempt> findByCaseIdOrderByAttemptNo(Long caseId);

    long countByCaseId(Long caseId);
}
