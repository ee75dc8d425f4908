package nl.welzijnsroute.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PgScoreRepository extends JpaRepository<PgScore, Long> {

    List<PgScore> findByCaseIdOrderByRecordedAtAscIdAsc(Long caseId);
}
