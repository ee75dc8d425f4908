package nl.welzijnsroute.support;

import java.time.Instant;
import java.util.EnumSet;
import nl.welzijnsroute.hulpbronnen.Hulpbron;
import nl.welzijnsroute.hulpbronnen.HulpbronKind;
import nl.welzijnsroute.hulpbronnen.HulpbronRepository;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Hulpbronnen for tests: a group with a facilitator and a number of places (null: no limit). */
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

    public int placesTaken(long hulpbronId) {
        return jdbc.queryForObject("SELECT places_taken FROM hulpbron WHERE id = ?", Integer.class, hulpbronId);
    }
}
