package nl.welzijnsroute.referral;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.Period;

class MinimumAgeValidator implements ConstraintValidator<MinimumAge, LocalDate> {

    private int years;

    /** The app's clock where Spring creates the validator; the system clock where something else does. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private java.time.Clock clock = java.time.Clock.systemUTC();

    @Override
    public void initialize(MinimumAge annotation) {
        this.years = annotation.value();
    }

    @Override
    public boolean isValid(LocalDate birthDate, ConstraintValidatorContext context) {
        LocalDate today = LocalDate.now(clock.withZone(ReferralCase.ZONE));
        // A future date is @Past's message; do not say "too young" as well.
        return birthDate == null || birthDate.isAfter(today) || Period.between(birthDate, today).getYears() >= years;
    }
}
