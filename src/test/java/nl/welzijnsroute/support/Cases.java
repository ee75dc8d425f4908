package nl.welzijnsroute.support;

import java.time.LocalDate;
import java.util.EnumSet;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.NewReferral;
import nl.welzijnsroute.referral.Reason;
import nl.welzijnsroute.referral.ReferralSource;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralService;
import org.springframework.stereotype.Component;

/** Starts journeys the way a real referral does, through the referral service. */
@Component
public class Cases {

    public static final String HUISARTS = "t.huisarts";

    private final ReferralService referralService;
    private final TestUsers users;

    Cases(ReferralService referralService, TestUsers users) {
        this.referralService = referralService;
        this.users = users;
    }

    public ReferralCase refer(Municipality municipality, int age) {
        return refer(HUISARTS, municipality, age);
    }

    public ReferralCase refer(String huisarts, Municipality municipality, int age) {
        users.huisarts(huisarts, "PR-T-" + huisarts);
        NewReferral referral = new NewReferral("Test", "Client", LocalDate.now().minusYears(age).minusDays(1),
                "0612345678", null, "9501 AB", "1", municipality, EnumSet.of(Reason.LONELINESS), null,
                "Ik wil weer onder de mensen komen.", null, null);
        return referralService.refer(huisarts, referral, null).referralCase();
    }

    /** A referral through another entry: it starts the verkennend gesprek itself. */
    public ReferralCase referVia(ReferralSource source, Municipality municipality, int age) {
        String verwijzer = users.verwijzer("t.verwijzer." + source.name().toLowerCase(), source);
        NewReferral referral = new NewReferral("Test", "Client", LocalDate.now().minusYears(age).minusDays(1),
                "0612345678", null, "9501 AB", "1", municipality, EnumSet.of(Reason.LONELINESS), null,
                "Ik wil weer onder de mensen komen.", null, null);
        return referralService.refer(verwijzer, referral, null).referralCase();
    }
}
