package nl.welzijnsroute.referral;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class ReachableByPhoneOrEmailValidator implements ConstraintValidator<ReachableByPhoneOrEmail, Reachable> {

    @Override
    public boolean isValid(Reachable client, ConstraintValidatorContext context) {
        if (client == null || !isBlank(client.getPhone()) || !isBlank(client.getEmail())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("phone").addConstraintViolation();
        return false;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
