package nl.welzijnsroute.support;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.welzijnsroute.hulpbronnen.Hulpbron;
import nl.welzijnsroute.hulpbronnen.HulpbronKind;
import nl.welzijnsroute.hulpbronnen.HulpbronRepository;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hulpbronnen for tests. Tests share one database (and on CI a PostgreSQL one), so every test names its rows
 * uniquely ({@link #unique}) and looks only at those.
 */
@Component
public class Hulpbronnen {

    private final HulpbronRepository repository;
    private final TestUsers users;
    private final JdbcTemplate jdbc;

    Hulpbronnen(HulpbronRepository repository, TestUsers users, JdbcTemplate jdbc) {
        this.repository = repository;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A name prefix no other test run uses. */
    public static String unique(String label) {
        return "T-" + label + "-" + Long.toString(System.nanoTime(), 36) + " ";
    }

    /** A group with a facilitator (null: none) and a number of places (null: no limit). */
    public Hulpbron group(String name, Integer places, Municipality gemeente, String begeleider) {
        Hulpbron hulpbron = repository.saveAndFlush(new Hulpbron(name, HulpbronKind.GROEP, "Welzijn Test",
                EnumSet.of(gemeente), EnumSet.of(Reason.LONELINESS, Reason.STRESS), places, Instant.now()));
        if (begeleider != null) {
            users.user(begeleider, "begeleider");
            jdbc.update("INSERT INTO hulpbron_begeleider (hulpbron_id, user_id) VALUES (?, ?)", hulpbron.getId(),
                    begeleider);
        }
        return hulpbron;
    }

    /** A fully described hulpbron with {@code taken} of its places already taken. */
    public Hulpbron create(String name, HulpbronKind kind, Set<Municipality> gemeenten, Set<Reason> themes,
            Integer places, int taken) {
        Instant now = Instant.now();
        Hulpbron hulpbron = new Hulpbron(name, kind, "Testorganisatie", gemeenten, themes, places, now);
        hulpbron.describe(name, kind, "Testorganisatie", gemeenten, themes, "Testlocatie", "Elke testdag",
                "050 000 0000", "Een hulpbron voor tests.", places, now);
        hulpbron = repository.saveAndFlush(hulpbron);
        if (taken > 0) {
            takePlaces(hulpbron.getId(), taken);
        }
        return reload(hulpbron.getId());
    }

    public Hulpbron group(String name, Municipality gemeente, Set<Reason> themes, Integer places, int taken) {
        return create(name, HulpbronKind.GROEP, EnumSet.of(gemeente), themes, places, taken);
    }

    public Hulpbron deactivate(Hulpbron hulpbron) {
        Hulpbron found = reload(hulpbron.getId());
        found.setActive(false, Instant.now());
        return repository.saveAndFlush(found);
    }

    /** What a placement would do; the entity never writes places_taken. */
    public void takePlaces(long id, int taken) {
        jdbc.update("UPDATE hulpbron SET places_taken = ? WHERE id = ?", taken, id);
    }

    public int placesTaken(long hulpbronId) {
        return jdbc.queryForObject("SELECT places_taken FROM hulpbron WHERE id = ?", Integer.class, hulpbronId);
    }

    public Hulpbron reload(long id) {
        return repository.findById(id).orElseThrow();
    }

    public List<Hulpbron> named(String name) {
        return repository.findAll().stream().filter(h -> h.getName().equals(name)).toList();
    }

    public long count() {
        return repository.count();
    }
}
