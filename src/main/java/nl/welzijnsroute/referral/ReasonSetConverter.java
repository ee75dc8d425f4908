package nl.welzijnsroute.referral;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores the (few, fixed) reason codes of a case as one comma-separated column. */
@Converter
class ReasonSetConverter implements AttributeConverter<Set<Reason>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Reason> reasons) {
        return reasons.stream().sorted().map(Reason::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Reason> convertToEntityAttribute(String column) {
        EnumSet<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(Reason::valueOf).forEach(reasons::add);
        }
        return reasons;
    }
}
