package nl.welzijnsroute.referral;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class InRegionValidator implements ConstraintValidator<InRegion, String> {

    @Override
    public boolean isValid(String municipality, ConstraintValidatorContext context) {
        return municipality == null || municipality.isBlank() || Municipality.fromDisplayName(municipality).isPresent();
    }
}
