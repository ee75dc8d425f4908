package nl.welzijnsroute.referral;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferrerRepository extends JpaRepository<Referrer, String> {
}
