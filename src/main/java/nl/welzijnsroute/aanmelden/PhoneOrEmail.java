package nl.welzijnsroute.aanmelden;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A phone number or an e-mail address, or both; reported at the phone field. The referral's
 * {@code @ReachableByPhoneOrEmail} checks its own {@code ClientData}; this one checks the self-registration form.
 */
@Documented
@Constraint(validatedBy = PhoneOrEmailValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneOrEmail {

    String message() default "{aanmelden.contact.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
