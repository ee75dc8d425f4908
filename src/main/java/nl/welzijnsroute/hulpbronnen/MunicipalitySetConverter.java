package nl.welzijnsroute.hulpbronnen;

import jakarta.persistence.Converter;
import nl.welzijnsroute.referral.EnumSetConverter;
import nl.welzijnsroute.referral.Municipality;

/** The gemeenten a hulpbron serves, as one comma-separated column of enum names. */
@Converter
class MunicipalitySetConverter extends EnumSetConverter<Municipality> {

    MunicipalitySetConverter() {
        super(Municipality.class);
    }
}
