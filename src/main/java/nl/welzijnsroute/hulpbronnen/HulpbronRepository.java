package nl.welzijnsroute.hulpbronnen;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HulpbronRepository extends JpaRepository<Hulpbron, Long> {

    List<Hulpbron> findByActiveTrueOrderByNameAsc();

    List<Hulpbron> findAllByOrderByNameAsc();

    /** The catalogue in one query (the facilitators fetched along, not one query per row). */
    @Query("select h from Hulpbron h left join fetch h.begeleiders where h.active = true or :includeInactive = true")
    List<Hulpbron> findForCatalogue(@Param("includeInactive") boolean includeInactive);

    Optional<Hulpbron> findByFormKey(String formKey);

    @Query("select h from Hulpbron h join h.begeleiders b where b = :userId order by h.name")
    List<Hulpbron> findByBegeleider(@Param("userId") String userId);
}
