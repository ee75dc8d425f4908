package nl.welzijnsroute.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One Positieve Gezondheid measurement of a case (T0 or T1). Append-only: a correction is a new row. */
@Entity
@Table(name = "pg_score")
public class PgScore {

    public enum Moment {
        T0, T1
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Moment moment;

    @Column(nullable = false, updatable = false)
    private int lichaamsfuncties;

    @Column(name = "mentaal_welbevinden", nullable = false, updatable = false)
    private int mentaalWelbevinden;

    @Column(nullable = false, updatable = false)
    private int zingeving;

    @Column(name = "kwaliteit_van_leven", nullable = false, updatable = false)
    private int kwaliteitVanLeven;

    @Column(nullable = false, updatable = false)
    private int meedoen;

    @Column(name = "dagelijks_functioneren", nullable = false, updatable = false)
    private int dagelijksFunctioneren;

    @Column(name = "talk_about", updatable = false)
    private String talkAbout;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PgScore() {
    }

    PgScore(Long caseId, Moment moment, int[] scores, Set<PgDimension> talkAbout, String recordedBy,
            Instant recordedAt) {
        this.caseId = caseId;
        this.moment = moment;
        this.lichaamsfuncties = scores[0];
        this.mentaalWelbevinden = scores[1];
        this.zingeving = scores[2];
        this.kwaliteitVanLeven = scores[3];
        this.meedoen = scores[4];
        this.dagelijksFunctioneren = scores[5];
        this.talkAbout = talkAbout.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The scores in {@link PgDimension} order. */
    public List<Integer> scores() {
        return List.of(lichaamsfuncties, mentaalWelbevinden, zingeving, kwaliteitVanLeven, meedoen,
                dagelijksFunctioneren);
    }

    public Set<PgDimension> talkAbout() {
        EnumSet<PgDimension> flags = EnumSet.noneOf(PgDimension.class);
        if (talkAbout != null && !talkAbout.isBlank()) {
            Arrays.stream(talkAbout.split(",")).map(PgDimension::valueOf).forEach(flags::add);
        }
        return flags;
    }

    public Moment getMoment() {
        return moment;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
