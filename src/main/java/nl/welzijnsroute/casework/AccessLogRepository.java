package nl.welzijnsroute.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long> {

    List<AccessLogEntry> findByCaseIdOrderByAtDescIdDesc(Long caseId);
}
