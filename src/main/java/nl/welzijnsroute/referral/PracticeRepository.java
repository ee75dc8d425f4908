package nl.welzijnsroute.referral;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeRepository extends JpaRepository<Practice, String> {
}
