package nl.welzijnsroute.aanmelden;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import nl.welzijnsroute.referral.DutchPhoneNumber;
import nl.welzijnsroute.referral.InRegion;
import nl.welzijnsroute.referral.MinimumAge;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.DutchPhoneNumberValidator;
import nl.welzijnsroute.referral.NewReferral;
import nl.welzijnsroute.referral.Reachable;
import nl.welzijnsroute.referral.ReachableByPhoneOrEmail;
import nl.welzijnsroute.referral.ReferralRequest;
import nl.welzijnsroute.referral.Reason;
import nl.welzijnsroute.referral.ReferralRequest.ContactWay;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a resident fills in at {@code /aanmelden}: only what a coach needs to get in touch. The rules are the
 * referral's (same validators, same formats stored), the messages speak to the resident ("je"); they are keys in
 * messages-aanmelden*.properties.
 */
@ReachableByPhoneOrEmail(message = "{aanmelden.contact.required}")
public class SelfRegistrationForm implements Reachable {

    static final int QUESTION_MAX = 1000;

    @NotBlank(message = "{aanmelden.givenName.required}")
    @Size(max = 100, message = "{aanmelden.tooLong}")
    private String givenName;

    @NotBlank(message = "{aanmelden.familyName.required}")
    @Size(max = 100, message = "{aanmelden.tooLong}")
    private String familyName;

    @NotNull(message = "{aanmelden.birthDate.required}")
    @Past(message = "{aanmelden.birthDate.past}")
    @MinimumAge(value = 12, message = "{aanmelden.birthDate.tooYoung}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @DutchPhoneNumber(message = "{aanmelden.phone.invalid}")
    private String phone;

    // Blank passes here: "phone or e-mail" is @ReachableByPhoneOrEmail's message, not a second one.
    @Pattern(regexp = "^\\s*$|^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$", message = "{aanmelden.email.invalid}")
    @Size(max = 254, message = "{aanmelden.tooLong}")
    private String email;

    @NotBlank(message = "{aanmelden.postalCode.required}")
    @Pattern(regexp = "^\\s*$|^\\s*[1-9][0-9]{3}\\s?(?!SA|SD|SS|sa|sd|ss)[A-Za-z]{2}\\s*$",
            message = "{aanmelden.postalCode.invalid}")
    private String postalCode;

    @NotBlank(message = "{aanmelden.houseNumber.required}")
    @Pattern(regexp = "^\\s*$|^\\s*[1-9][0-9]{0,4}([ -]?[A-Za-z0-9]{1,4})?\\s*$",
            message = "{aanmelden.houseNumber.invalid}")
    private String houseNumber;

    @NotBlank(message = "{aanmelden.municipality.required}")
    @InRegion(message = "{aanmelden.municipality.outsideRegion}")
    private String municipality;

    @Size(max = QUESTION_MAX, message = "{aanmelden.question.tooLong}")
    private String question;

    private ContactWay contactWay;

    @Size(max = 200, message = "{aanmelden.tooLong}")
    private String contactTime;

    @NotNull(message = "{aanmelden.consent.required}")
    @AssertTrue(message = "{aanmelden.consent.required}")
    private Boolean consent;

    @NotNull(message = "{aanmelden.acuteRisk.required}")
    private Boolean acuteRisk;

    boolean hasAcuteRisk() {
        return Boolean.TRUE.equals(acuteRisk);
    }

    /** Only call after validation passed. Stored in the same forms as a huisarts's referral. */
    NewReferral toNewReferral() {
        Municipality gemeente = Municipality.fromDisplayName(municipality).orElseThrow();
        boolean noTime = contactTime == null || contactTime.isBlank();
        String preference = (contactWay == null || contactWay == ContactWay.NO_PREFERENCE) && noTime ? null
                : (contactWay == null ? ContactWay.NO_PREFERENCE : contactWay).name()
                        + (noTime ? "" : ": " + contactTime.trim());
        return new NewReferral(givenName.trim(), familyName.trim(), birthDate, blankToNull(DutchPhoneNumberValidator.normalize(phone)),
                blankToNull(email == null ? null : email.trim().toLowerCase()), ReferralRequest.normalizePostalCode(postalCode),
                houseNumber.trim().toUpperCase(), gemeente, EnumSet.noneOf(Reason.class), null,
                blankToNull(question), null, preference);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public ContactWay getContactWay() {
        return contactWay;
    }

    public void setContactWay(ContactWay contactWay) {
        this.contactWay = contactWay;
    }

    public String getContactTime() {
        return contactTime;
    }

    public void setContactTime(String contactTime) {
        this.contactTime = contactTime;
    }

    public Boolean getConsent() {
        return consent;
    }

    public void setConsent(Boolean consent) {
        this.consent = consent;
    }

    public Boolean getAcuteRisk() {
        return acuteRisk;
    }

    public void setAcuteRisk(Boolean acuteRisk) {
        this.acuteRisk = acuteRisk;
    }
}
