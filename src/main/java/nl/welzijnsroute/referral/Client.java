package nl.welzijnsroute.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/** The person a case is about. Personal data lives here only, so erasure has one place to go. */
@Entity
@Table(name = "client")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    private String phone;

    private String email;

    @Column(name = "postal_code", nullable = false)
    private String postalCode;

    @Column(name = "house_number", nullable = false)
    private String houseNumber;

    @Column(nullable = false)
    private String municipality;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Client() {
    }

    public Client(String givenName, String familyName, LocalDate birthDate, String phone, String email,
            String postalCode, String houseNumber, Municipality municipality, Instant createdAt) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.birthDate = birthDate;
        this.phone = phone;
        this.email = email;
        this.postalCode = postalCode;
        this.houseNumber = houseNumber;
        this.municipality = municipality.displayName();
        this.createdAt = createdAt;
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public Long getId() {
        return id;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public String getMunicipality() {
        return municipality;
    }
}
