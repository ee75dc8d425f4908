package nl.welzijnsroute.referral;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Dutch phone number (06-12345678, 050 123 4567, +31 6 1234 5678); empty is allowed. */
@Documented
@Constraint(validatedBy = DutchPhoneNumberValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DutchPhoneNumber {

    String message() default "{referral.phone.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
