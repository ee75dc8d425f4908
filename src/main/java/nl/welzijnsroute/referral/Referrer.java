package nl.welzijnsroute.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The professional profile of a user who refers: AGB code and practice come from here, never from a form. */
@Entity
@Table(name = "referrer")
public class Referrer {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralSource source;

    @Column(name = "agb_code")
    private String agbCode;

    @ManyToOne
    @JoinColumn(name = "practice_id")
    private Practice practice;

    protected Referrer() {
    }

    public Referrer(String userId, String displayName, ReferralSource source, String agbCode, Practice practice) {
        this.userId = userId;
        this.displayName = displayName;
        this.source = source;
        this.agbCode = agbCode;
        this.practice = practice;
    }

    public String getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public ReferralSource getSource() {
        return source;
    }

    public String getAgbCode() {
        return agbCode;
    }

    public Practice getPractice() {
        return practice;
    }
}
