package nl.welzijnsroute.journey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HandoverRepository extends JpaRepository<Handover, Long> {

    List<Handover> findByCaseIdOrderByRecordedAt(Long caseId);

    long countByCaseId(Long caseId);
}
