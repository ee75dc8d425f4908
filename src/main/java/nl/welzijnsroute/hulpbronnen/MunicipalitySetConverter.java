package nl.welzijnsroute.hulpbronnen;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.welzijnsroute.referral.Municipality;

/** The gemeenten a hulpbron serves, as one comma-separated column of enum names. */
@Converter
class MunicipalitySetConverter implements AttributeConverter<Set<Municipality>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Municipality> gemeenten) {
        return gemeenten.stream().sorted().map(Municipality::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Municipality> convertToEntityAttribute(String column) {
        EnumSet<Municipality> result = EnumSet.noneOf(Municipality.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(Municipality::valueOf).forEach(result::add);
        }
        return result;
    }
}
