package nl.welzijnsroute.referral;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A phone number or an e-mail address, or both; reported at the phone field. */
@Documented
@Constraint(validatedBy = ReachableByPhoneOrEmailValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReachableByPhoneOrEmail {

    String message() default "{referral.contact.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
