package nl.welzijnsroute.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "practice")
public class Practice {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "shares_referrals", nullable = false)
    private boolean sharesReferrals;

    protected Practice() {
    }

    public Practice(String id, String name, boolean sharesReferrals) {
        this.id = id;
        this.name = name;
        this.sharesReferrals = sharesReferrals;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isSharesReferrals() {
        return sharesReferrals;
    }
}
