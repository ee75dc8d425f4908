package nl.welzijnsroute.referral;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The person being referred, as the form and the API submit them. Messages are keys in messages*.properties. */
@ReachableByPhoneOrEmail
public class ClientData implements Reachable {

    @NotBlank(message = "{referral.givenName.required}")
    @Size(max = 100, message = "{referral.tooLong}")
    private String givenName;

    @NotBlank(message = "{referral.familyName.required}")
    @Size(max = 100, message = "{referral.tooLong}")
    private String familyName;

    @NotNull(message = "{referral.birthDate.required}")
    @Past(message = "{referral.birthDate.past}")
    @MinimumAge(12)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @JsonFormat(pattern = "yyyy-MM-dd")
    private LocalDate birthDate;

    @DutchPhoneNumber
    private String phone;

    // Blank passes here: "phone or e-mail" is @ReachableByPhoneOrEmail's message, not a second one.
    @Pattern(regexp = "^\\s*$|^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$", message = "{referral.email.invalid}")
    @Size(max = 254, message = "{referral.tooLong}")
    private String email;

    @NotBlank(message = "{referral.postalCode.required}")
    @Pattern(regexp = "^\\s*$|^\\s*[1-9][0-9]{3}\\s?(?!SA|SD|SS|sa|sd|ss)[A-Za-z]{2}\\s*$",
            message = "{referral.postalCode.invalid}")
    private String postalCode;

    @NotBlank(message = "{referral.houseNumber.required}")
    @Pattern(regexp = "^\\s*$|^\\s*[1-9][0-9]{0,4}([ -]?[A-Za-z0-9]{1,4})?\\s*$",
            message = "{referral.houseNumber.invalid}")
    private String houseNumber;

    @NotBlank(message = "{referral.municipality.required}")
    @InRegion
    private String municipality;

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
}
