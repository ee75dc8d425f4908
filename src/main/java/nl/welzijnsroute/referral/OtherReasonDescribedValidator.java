package nl.welzijnsroute.referral;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class OtherReasonDescribedValidator implements ConstraintValidator<OtherReasonDescribed, ReferralRequest> {

    @Override
    public boolean isValid(ReferralRequest request, ConstraintValidatorContext context) {
        if (request == null || request.getReasons() == null || !request.getReasons().contains(Reason.OTHER)
                || (request.getReasonOther() != null && !request.getReasonOther().isBlank())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("reasonOther").addConstraintViolation();
        return false;
    }
}
