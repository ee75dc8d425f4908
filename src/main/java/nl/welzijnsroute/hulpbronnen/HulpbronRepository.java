package nl.welzijnsroute.hulpbronnen;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HulpbronRepository extends JpaRepository<Hulpbron, Long> {

    List<Hulpbron> findByActiveTrueOrderByNameAsc();

    List<Hulpbron> findAllByOrderByNameAsc();

    @Query("select h from Hulpbron h join h.begeleiders b where b = :userId order by h.name")
    List<Hulpbron> findByBegeleider(@Param("userId") String userId);
}
