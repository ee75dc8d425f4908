package nl.welzijnsroute.hulpbronnen;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.welzijnsroute.referral.Reason;

/** A hulpbron's themes: the referral's reason codes, as one comma-separated column. */
@Converter
class ThemeSetConverter implements AttributeConverter<Set<Reason>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Reason> themes) {
        return themes.stream().sorted().map(Reason::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Reason> convertToEntityAttribute(String column) {
        EnumSet<Reason> result = EnumSet.noneOf(Reason.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(Reason::valueOf).forEach(result::add);
        }
        return result;
    }
}
