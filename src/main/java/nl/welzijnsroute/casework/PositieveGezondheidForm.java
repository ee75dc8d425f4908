package nl.welzijnsroute.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;

/** The six scores as the case page posts them; each 0-10, all required. */
public class PositieveGezondheidForm {

    @NotNull(message = "{pg.moment.required}")
    private PgScore.Moment moment = PgScore.Moment.T0;

    @NotNull(message = "{pg.score.required}") @Min(value = 0, message = "{pg.score.range}") @Max(value = 10, message = "{pg.score.range}")
    private Integer lichaamsfuncties;

    @NotNull(message = "{pg.score.required}") @Min(value = 0, message = "{pg.score.range}") @Max(value = 10, message = "{pg.score.range}")
    private Integer mentaalWelbevinden;

    @NotNull(message = "{pg.score.required}") @Min(value = 0, message = "{pg.score.range}") @Max(value = 10, message = "{pg.score.range}")
    private Integer zingeving;

    @NotNull(message = "{pg.score.required}") @Min(value = 0, message = "{pg.score.range}") @Max(value = 10, message = "{pg.score.range}")
    private Integer kwaliteitVanLeven;

    @NotNull(message = "{pg.score.required}") @Min(value = 0, message = "{pg.score.range}") @Max(value = 10, message = "{pg.score.range}")
    private Integer meedoen;

    @NotNull(message = "{pg.score.required}") @Min(value = 0, message = "{pg.score.range}") @Max(value = 10, message = "{pg.score.range}")
    private Integer dagelijksFunctioneren;

    private Set<PgDimension> talkAbout = EnumSet.noneOf(PgDimension.class);

    int[] scores() {
        return new int[] {lichaamsfuncties, mentaalWelbevinden, zingeving, kwaliteitVanLeven, meedoen,
                dagelijksFunctioneren};
    }

    public PgScore.Moment getMoment() {
        return moment;
    }

    public void setMoment(PgScore.Moment moment) {
        this.moment = moment;
    }

    public Integer getLichaamsfuncties() {
        return lichaamsfuncties;
    }

    public void setLichaamsfuncties(Integer lichaamsfuncties) {
        this.lichaamsfuncties = lichaamsfuncties;
    }

    public Integer getMentaalWelbevinden() {
        return mentaalWelbevinden;
    }

    public void setMentaalWelbevinden(Integer mentaalWelbevinden) {
        this.mentaalWelbevinden = mentaalWelbevinden;
    }

    public Integer getZingeving() {
        return zingeving;
    }

    public void setZingeving(Integer zingeving) {
        this.zingeving = zingeving;
    }

    public Integer getKwaliteitVanLeven() {
        return kwaliteitVanLeven;
    }

    public void setKwaliteitVanLeven(Integer kwaliteitVanLeven) {
        this.kwaliteitVanLeven = kwaliteitVanLeven;
    }

    public Integer getMeedoen() {
        return meedoen;
    }

    public void setMeedoen(Integer meedoen) {
        this.meedoen = meedoen;
    }

    public Integer getDagelijksFunctioneren() {
        return dagelijksFunctioneren;
    }

    public void setDagelijksFunctioneren(Integer dagelijksFunctioneren) {
        this.dagelijksFunctioneren = dagelijksFunctioneren;
    }

    public Set<PgDimension> getTalkAbout() {
        return talkAbout;
    }

    public void setTalkAbout(Set<PgDimension> talkAbout) {
        this.talkAbout = talkAbout == null ? EnumSet.noneOf(PgDimension.class) : talkAbout;
    }
}
