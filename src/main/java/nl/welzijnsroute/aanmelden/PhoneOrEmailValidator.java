package nl.welzijnsroute.aanmelden;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class PhoneOrEmailValidator implements ConstraintValidator<PhoneOrEmail, SelfRegistrationForm> {

    @Override
    public boolean isValid(SelfRegistrationForm form, ConstraintValidatorContext context) {
        if (form == null || !isBlank(form.getPhone()) || !isBlank(form.getEmail())) {
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
