package nl.welzijnsroute.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/**
 * A referral as the verwijsformulier and {@code POST /api/referrals} submit it: one shape, one set of rules.
 * The referrer is never part of it; it comes from the login.
 */
@OtherReasonDescribed
public class ReferralRequest {

    @Valid
    @NotNull(message = "{referral.client.required}")
    private ClientData client = new ClientData();

    @NotEmpty(message = "{referral.reasons.required}")
    private Set<Reason> reasons = EnumSet.noneOf(Reason.class);

    @Size(max = 500, message = "{referral.tooLong}")
    private String reasonOther;

    @Size(max = 2000, message = "{referral.tooLong}")
    private String question;

    @Size(max = 2000, message = "{referral.tooLong}")
    private String note;

    private ContactWay contactWay;

    @Size(max = 200, message = "{referral.tooLong}")
    private String contactTime;

    @NotNull(message = "{referral.consent.required}")
    @AssertTrue(message = "{referral.consent.required}")
    private Boolean consent;

    @NotNull(message = "{referral.acuteRisk.required}")
    private Boolean acuteRisk;

    /**
     * The entry kind (API only, optional): it comes from the referrer's profile; a caller that names it must name
     * its own, so a practice system sending a wrong one finds out.
     */
    private ReferralSource source;

    public ReferralSource getSource() {
        return source;
    }

    public void setSource(ReferralSource source) {
        this.source = source;
    }

    /** How the person prefers to be contacted. */
    public enum ContactWay {
        PHONE, EMAIL, NO_PREFERENCE
    }

    public boolean hasAcuteRisk() {
        return Boolean.TRUE.equals(acuteRisk);
    }

    /** Only call after validation passed. */
    public NewReferral toNewReferral() {
        Municipality gemeente = Municipality.fromDisplayName(client.getMunicipality()).orElseThrow();
        String preference = contactWay == null && (contactTime == null || contactTime.isBlank()) ? null
                : ((contactWay == null ? ContactWay.NO_PREFERENCE : contactWay).name()
                        + (contactTime == null || contactTime.isBlank() ? "" : ": " + contactTime.trim()));
        return new NewReferral(client.getGivenName().trim(), client.getFamilyName().trim(), client.getBirthDate(),
                blankToNull(DutchPhoneNumberValidator.normalize(client.getPhone())),
                blankToNull(client.getEmail() == null ? null : client.getEmail().trim().toLowerCase()),
                normalizePostalCode(client.getPostalCode()), client.getHouseNumber().trim().toUpperCase(), gemeente,
                reasons, reasons.contains(Reason.OTHER) ? blankToNull(reasonOther) : null, blankToNull(question),
                blankToNull(note), preference);
    }

    public static String normalizePostalCode(String postalCode) {
        String compact = postalCode.replaceAll("\\s", "").toUpperCase();
        return compact.substring(0, 4) + " " + compact.substring(4);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public ClientData getClient() {
        return client;
    }

    public void setClient(ClientData client) {
        this.client = client;
    }

    public Set<Reason> getReasons() {
        return reasons;
    }

    public void setReasons(Set<Reason> reasons) {
        this.reasons = reasons == null ? EnumSet.noneOf(Reason.class) : reasons;
    }

    public String getReasonOther() {
        return reasonOther;
    }

    public void setReasonOther(String reasonOther) {
        this.reasonOther = reasonOther;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
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
