package nl.welzijnsroute.referral;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One of the ten gemeenten of the Groningen region; empty is left to @NotBlank. */
@Documented
@Constraint(validatedBy = InRegionValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface InRegion {

    String message() default "{referral.municipality.outsideRegion}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
