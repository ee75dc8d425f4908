package nl.welzijnsroute.referral;

import jakarta.persistence.Converter;

/** The reason codes of a case (and the themes of a hulpbron), as one comma-separated column. */
@Converter
public class ReasonSetConverter extends EnumSetConverter<Reason> {

    public ReasonSetConverter() {
        super(Reason.class);
    }
}
