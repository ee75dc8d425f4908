package nl.welzijnsroute.referral;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

public class DutchPhoneNumberValidator implements ConstraintValidator<DutchPhoneNumber, String> {

    /** Ten digits starting with 0 (not 00), after +31 / 0031 became 0. */
    private static final Pattern NATIONAL = Pattern.compile("0[1-9][0-9]{8}");

    @Override
    public boolean isValid(String phone, ConstraintValidatorContext context) {
        return phone == null || phone.isBlank() || NATIONAL.matcher(normalize(phone)).matches();
    }

    /** Stores one form: 0612345678. */
    public static String normalize(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[\\s().-]", "");
        if (digits.startsWith("+31")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0031")) {
            digits = "0" + digits.substring(4);
        }
        return digits;
    }
}
