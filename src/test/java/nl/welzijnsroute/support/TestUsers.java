package nl.welzijnsroute.support;

import nl.welzijnsroute.referral.Practice;
import nl.welzijnsroute.referral.PracticeRepository;
import nl.welzijnsroute.referral.ReferralSource;
import nl.welzijnsroute.referral.Referrer;
import nl.welzijnsroute.referral.ReferrerRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Creates the users a test needs, once per database (tests share one engine and may run on PostgreSQL). */
@Component
public class TestUsers {

    public static final String PASSWORD = "test-secret";

    private final IdentityService identityService;
    private final PracticeRepository practices;
    private final ReferrerRepository referrers;

    TestUsers(IdentityService identityService, PracticeRepository practices, ReferrerRepository referrers) {
        this.identityService = identityService;
        this.practices = practices;
        this.referrers = referrers;
    }

    public String user(String id, String... groups) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(id);
            user.setLastName("Test");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            for (String group : groups) {
                identityService.createMembership(id, group);
            }
        }
        return id;
    }

    /** A huisarts with an AGB code and a practice. */
    public String huisarts(String id, String practiceId) {
        user(id, "huisarts");
        Practice practice = practices.findById(practiceId)
                .orElseGet(() -> practices.save(new Practice(practiceId, "Praktijk " + practiceId, false)));
        if (!referrers.existsById(id)) {
            referrers.save(new Referrer(id, "Huisarts " + id, ReferralSource.HUISARTS, "0101" + Math.abs(id.hashCode() % 10000),
                    practice));
        }
        return id;
    }

    /** A professional referrer other than a huisarts (school mentor, chatter, GGZ, leefstijlcoach): no practice. */
    public String verwijzer(String id, ReferralSource source) {
        user(id, "verwijzer");
        if (!referrers.existsById(id)) {
            referrers.save(new Referrer(id, "Verwijzer " + id, source, null, null));
        }
        return id;
    }
}
