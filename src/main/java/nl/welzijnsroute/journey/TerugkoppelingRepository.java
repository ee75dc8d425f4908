package nl.welzijnsroute.journey;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TerugkoppelingRepository extends JpaRepository<Terugkoppeling, Long> {

    List<Terugkoppeling> findByCaseIdOrderBySentAtAscIdAsc(Long caseId);

    List<Terugkoppeling> findByCaseIdInOrderBySentAtAscIdAsc(Collection<Long> caseIds);
}
