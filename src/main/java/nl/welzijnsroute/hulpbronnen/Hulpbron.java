package nl.welzijnsroute.hulpbronnen;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;

/**
 * A source of help on the sociale kaart: mostly a group with limited places. {@code placesTaken} is never written
 * through this entity: only {@link PlacementService} changes it, with a conditional update, so two coaches cannot
 * both take the last place.
 */
@Entity
@Table(name = "hulpbron")
public class Hulpbron {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HulpbronKind kind;

    @Column(nullable = false)
    private String organisation;

    @Convert(converter = MunicipalitySetConverter.class)
    @Column(nullable = false)
    private Set<Municipality> gemeenten = EnumSet.noneOf(Municipality.class);

    @Convert(converter = nl.welzijnsroute.referral.ReasonSetConverter.class)
    @Column(nullable = false)
    private Set<Reason> themes = EnumSet.noneOf(Reason.class);

    private String location;

    private String schedule;

    private String contact;

    private String description;

    /** Null: no limit. */
    private Integer places;

    @Column(name = "places_taken", nullable = false, insertable = false, updatable = false)
    private int placesTaken;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hulpbron_begeleider", joinColumns = @JoinColumn(name = "hulpbron_id"))
    @Column(name = "user_id")
    private Set<String> begeleiders = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The key of the catalogue form that created it (Flyway V10): a double submit finds this row. */
    @Column(name = "form_key", updatable = false)
    private String formKey;

    protected Hulpbron() {
    }

    public Hulpbron(String name, HulpbronKind kind, String organisation, Set<Municipality> gemeenten,
            Set<Reason> themes, Integer places, Instant now) {
        this.name = name;
        this.kind = kind;
        this.organisation = organisation;
        this.gemeenten = gemeenten.isEmpty() ? EnumSet.noneOf(Municipality.class) : EnumSet.copyOf(gemeenten);
        this.themes = themes.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(themes);
        this.places = places;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Null when there is no limit. */
    public Integer freePlaces() {
        return places == null ? null : Math.max(0, places - placesTaken);
    }

    public boolean hasFreePlace() {
        return places == null || placesTaken < places;
    }

    public boolean serves(Municipality gemeente) {
        return gemeenten.contains(gemeente);
    }

    public void describe(String name, HulpbronKind kind, String organisation, Set<Municipality> gemeenten,
            Set<Reason> themes, String location, String schedule, String contact, String description,
            Integer places, Instant now) {
        this.name = name;
        this.kind = kind;
        this.organisation = organisation;
        this.gemeenten = gemeenten.isEmpty() ? EnumSet.noneOf(Municipality.class) : EnumSet.copyOf(gemeenten);
        this.themes = themes.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(themes);
        this.location = location;
        this.schedule = schedule;
        this.contact = contact;
        this.description = description;
        this.places = places;
        this.updatedAt = now;
    }

    /** Before the first save only: the column is not updatable. */
    void createdByForm(String formKey) {
        this.formKey = formKey;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public HulpbronKind getKind() {
        return kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Set<Municipality> getGemeenten() {
        return gemeenten;
    }

    public Set<Reason> getThemes() {
        return themes;
    }

    public String getLocation() {
        return location;
    }

    public String getSchedule() {
        return schedule;
    }

    public String getContact() {
        return contact;
    }

    public String getDescription() {
        return description;
    }

    public Integer getPlaces() {
        return places;
    }

    public int getPlacesTaken() {
        return placesTaken;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getBegeleiders() {
        return begeleiders;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getFormKey() {
        return formKey;
    }
}
