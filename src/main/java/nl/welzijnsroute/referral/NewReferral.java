package nl.welzijnsroute.referral;

import java.time.LocalDate;
import java.util.Set;

/** A validated referral, ready to become a case. Validation lives with the form and the API. */
public record NewReferral(
        String givenName,
        String familyName,
        LocalDate birthDate,
        String phone,
        String email,
        String postalCode,
        String houseNumber,
        Municipality municipality,
        Set<Reason> reasons,
        String reasonOther,
        String question,
        String note,
        String contactPreference) {
}
