package nl.welzijnsroute.hulpbronnen;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlacementRepository extends JpaRepository<Placement, Long> {

    List<Placement> findByCaseIdOrderByChosenAtAscIdAsc(Long caseId);

    List<Placement> findByCaseIdAndStatusOrderByIdAsc(Long caseId, PlacementStatus status);

    List<Placement> findByHulpbronIdInAndStatusInOrderByUpdatedAtDesc(Collection<Long> hulpbronIds,
            Collection<PlacementStatus> statuses);

    long countByHulpbronIdAndStatus(Long hulpbronId, PlacementStatus status);
}
