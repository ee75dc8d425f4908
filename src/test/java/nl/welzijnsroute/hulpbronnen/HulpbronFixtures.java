package nl.welzijnsroute.hulpbronnen;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hulpbronnen for tests, straight into the shared database. Tests share it with each other (and may run on
 * PostgreSQL), so every test names its rows uniquely ({@link #unique}) and looks only at those.
 */
@Component
class HulpbronFixtures {

    private final HulpbronRepository hulpbronnen;
    private final JdbcTemplate jdbc;

    HulpbronFixtures(HulpbronRepository hulpbronnen, JdbcTemplate jdbc) {
        this.hulpbronnen = hulpbronnen;
        this.jdbc = jdbc;
    }

    /** A name prefix no other test run uses. */
    static String unique(String label) {
        return "T-" + label + "-" + Long.toString(System.nanoTime(), 36) + " ";
    }

    Hulpbron create(String name, HulpbronKind kind, Set<Municipality> gemeenten, Set<Reason> themes,
            Integer places, int taken) {
        Instant now = Instant.now();
        Hulpbron hulpbron = new Hulpbron(name, kind, "Testorganisatie", gemeenten, themes, places, now);
        hulpbron.describe(name, kind, "Testorganisatie", gemeenten, themes, "Testlocatie", "Elke testdag",
                "050 000 0000", "Een hulpbron voor tests.", places, now);
        hulpbron = hulpbronnen.saveAndFlush(hulpbron);
        if (taken > 0) {
            takePlaces(hulpbron.getId(), taken);
        }
        return reload(hulpbron.getId());
    }

    Hulpbron group(String name, Municipality gemeente, Set<Reason> themes, Integer places, int taken) {
        return create(name, HulpbronKind.GROEP, EnumSet.of(gemeente), themes, places, taken);
    }

    Hulpbron deactivate(Hulpbron hulpbron) {
        Hulpbron found = reload(hulpbron.getId());
        found.setActive(false, Instant.now());
        return hulpbronnen.saveAndFlush(found);
    }

    /** What a placement would do; the entity never writes places_taken. */
    void takePlaces(long id, int taken) {
        jdbc.update("UPDATE hulpbron SET places_taken = ? WHERE id = ?", taken, id);
    }

    Hulpbron reload(long id) {
        return hulpbronnen.findById(id).orElseThrow();
    }

    List<Hulpbron> named(String name) {
        return hulpbronnen.findAll().stream().filter(h -> h.getName().equals(name)).toList();
    }

    long count() {
        return hulpbronnen.count();
    }
}
