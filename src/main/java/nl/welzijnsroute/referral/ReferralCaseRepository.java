package nl.welzijnsroute.referral;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReferralCaseRepository extends JpaRepository<ReferralCase, Long> {

    Optional<ReferralCase> findByCaseNumber(String caseNumber);

    Optional<ReferralCase> findByProcessInstanceId(String processInstanceId);

    @Query("select c.caseNumber from ReferralCase c join c.client p where c.processInstanceId is not null"
            + " and (lower(p.familyName) like :name or lower(p.givenName) like :name"
            + " or lower(concat(p.givenName, ' ', p.familyName)) like :name) order by c.createdAt desc")
    List<String> findCaseNumbersByClientNameLike(@Param("name") String lowerCasePattern,
            org.springframework.data.domain.Pageable page);

    /** The same, within the given teams: a coach's search is not cut short by other teams' matches. */
    @Query("select c.caseNumber from ReferralCase c join c.client p where c.processInstanceId is not null"
            + " and c.team in :teams and (lower(p.familyName) like :name or lower(p.givenName) like :name"
            + " or lower(concat(p.givenName, ' ', p.familyName)) like :name) order by c.createdAt desc")
    List<String> findCaseNumbersByClientNameLikeInTeams(@Param("name") String lowerCasePattern,
            @Param("teams") Collection<String> teams, org.springframework.data.domain.Pageable page);

    Optional<ReferralCase> findByReferrerUserIdAndIdempotencyKey(String referrerUserId, String idempotencyKey);

    @Query("select c from ReferralCase c join fetch c.client where c.referrerUserId = :userId"
            + " order by c.createdAt desc, c.id desc")
    List<ReferralCase> findWithClientByReferrer(@Param("userId") String referrerUserId);

    @Query("select c from ReferralCase c join fetch c.client where c.practice.id = :practiceId"
            + " order by c.createdAt desc, c.id desc")
    List<ReferralCase> findWithClientByPractice(@Param("practiceId") String practiceId);

    @Query("select c from ReferralCase c join fetch c.client where c.caseNumber in :numbers")
    List<ReferralCase> findWithClientByCaseNumberIn(@Param("numbers") Collection<String> caseNumbers);
}
