package nl.welzijnsroute.hulpbronnen;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;

/**
 * A hulpbron as the coordinator's catalogue form submits it. The rules that need the database (places not below the
 * places already taken, facilitators that are members of group {@code begeleider}) are checked by the controller.
 */
public class HulpbronForm {

    static final int MAX_PLACES = 500;

    @NotBlank(message = "{hulpbron.name.required}")
    @Size(max = 200, message = "{hulpbron.tooLong}")
    private String name;

    @NotNull(message = "{hulpbron.kind.required}")
    private HulpbronKind kind;

    @NotBlank(message = "{hulpbron.organisation.required}")
    @Size(max = 200, message = "{hulpbron.tooLong}")
    private String organisation;

    @NotEmpty(message = "{hulpbron.gemeenten.required}")
    private Set<Municipality> gemeenten = EnumSet.noneOf(Municipality.class);

    @NotEmpty(message = "{hulpbron.themes.required}")
    private Set<Reason> themes = EnumSet.noneOf(Reason.class);

    /** Empty: no limit. */
    @Min(value = 0, message = "{hulpbron.places.range}")
    @Max(value = MAX_PLACES, message = "{hulpbron.places.range}")
    private Integer places;

    @Size(max = 300, message = "{hulpbron.tooLong}")
    private String location;

    @Size(max = 300, message = "{hulpbron.tooLong}")
    private String schedule;

    @Size(max = 300, message = "{hulpbron.tooLong}")
    private String contact;

    @Size(max = 2000, message = "{hulpbron.tooLong}")
    private String description;

    /** User ids of the facilitators (role begeleider); none is fine. */
    private List<String> begeleiders = new ArrayList<>();

    static HulpbronForm of(Hulpbron hulpbron) {
        HulpbronForm form = new HulpbronForm();
        form.name = hulpbron.getName();
        form.kind = hulpbron.getKind();
        form.organisation = hulpbron.getOrganisation();
        form.setGemeenten(hulpbron.getGemeenten());
        form.setThemes(hulpbron.getThemes());
        form.places = hulpbron.getPlaces();
        form.location = hulpbron.getLocation();
        form.schedule = hulpbron.getSchedule();
        form.contact = hulpbron.getContact();
        form.description = hulpbron.getDescription();
        form.begeleiders = new ArrayList<>(hulpbron.getBegeleiders());
        return form;
    }

    /** The facilitators as entered: trimmed, without blanks and repeats. */
    Set<String> begeleiderIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : begeleiders) {
            if (id != null && !id.isBlank()) {
                ids.add(id.trim());
            }
        }
        return ids;
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public HulpbronKind getKind() {
        return kind;
    }

    public void setKind(HulpbronKind kind) {
        this.kind = kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Set<Municipality> getGemeenten() {
        return gemeenten;
    }

    public void setGemeenten(Set<Municipality> gemeenten) {
        this.gemeenten = gemeenten == null || gemeenten.isEmpty() ? EnumSet.noneOf(Municipality.class)
                : EnumSet.copyOf(gemeenten);
    }

    public Set<Reason> getThemes() {
        return themes;
    }

    public void setThemes(Set<Reason> themes) {
        this.themes = themes == null || themes.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(themes);
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getBegeleiders() {
        return begeleiders;
    }

    public void setBegeleiders(List<String> begeleiders) {
        this.begeleiders = begeleiders == null ? new ArrayList<>() : new ArrayList<>(begeleiders);
    }
}
