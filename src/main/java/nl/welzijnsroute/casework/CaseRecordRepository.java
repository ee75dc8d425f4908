package nl.welzijnsroute.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseRecordRepository extends JpaRepository<CaseRecord, Long> {

    List<CaseRecord> findByCaseIdOrderByRecordedAtAscIdAsc(Long caseId);
}
