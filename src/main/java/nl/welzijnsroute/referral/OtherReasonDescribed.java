package nl.welzijnsroute.referral;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The reason 'anders' needs a description; reported at reasonOther. */
@Documented
@Constraint(validatedBy = OtherReasonDescribedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OtherReasonDescribed {

    String message() default "{referral.reasonOther.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
