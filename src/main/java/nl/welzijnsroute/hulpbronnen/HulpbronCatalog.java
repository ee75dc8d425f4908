package nl.welzijnsroute.hulpbronnen;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.welzijnsroute.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeping the sociale kaart: a coordinator adds, changes, deactivates and activates hulpbronnen. Each change is one
 * transaction. The database settles what two nodes could race on: the unique form key (one hulpbron per submitted
 * form) and the check that places never fall below the places taken.
 */
@Service
class HulpbronCatalog {

    /** What saving a change came to. */
    enum Outcome {
        SAVED, NOT_FOUND, PLACES_BELOW_TAKEN
    }

    private final HulpbronRepository hulpbronnen;
    private final IdentityService identityService;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final PlacementService placements;

    HulpbronCatalog(HulpbronRepository hulpbronnen, IdentityService identityService,
            PlatformTransactionManager transactionManager, Clock clock, PlacementService placements) {
        this.placements = placements;
        this.hulpbronnen = hulpbronnen;
        this.identityService = identityService;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    Optional<Hulpbron> find(long id) {
        return transaction.execute(status -> hulpbronnen.findById(id));
    }

    Optional<Hulpbron> createdBy(String formKey) {
        return transaction.execute(status -> hulpbronnen.findByFormKey(formKey));
    }

    /** The users in group begeleider, by id. */
    List<User> begeleiders() {
        return identityService.createUserQuery().memberOfGroup(Roles.BEGELEIDER).orderByUserId().asc().list();
    }

    /** The ids among these that are not members of group begeleider. */
    Set<String> notBegeleiders(Set<String> userIds) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String userId : userIds) {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(Roles.BEGELEIDER).count() == 0) {
                unknown.add(userId);
            }
        }
        return unknown;
    }

    /**
     * Creates the hulpbron of a validated form, or returns the one this form already created (a double submit,
     * also when both arrive at the same moment on different nodes).
     */
    Hulpbron create(HulpbronForm form, String formKey) {
        Optional<Hulpbron> existing = createdBy(formKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return transaction.execute(status -> {
                Instant now = clock.instant();
                Hulpbron hulpbron = new Hulpbron(form.getName().trim(), form.getKind(), form.getOrganisation().trim(),
                        form.getGemeenten(), form.getThemes(), form.getPlaces(), now);
                describe(hulpbron, form, now);
                hulpbron.createdByForm(formKey);
                return hulpbronnen.saveAndFlush(hulpbron);
            });
        } catch (DataIntegrityViolationException duplicate) {
            return createdBy(formKey).orElseThrow(() -> duplicate);
        }
    }

    /** Changes a hulpbron to a validated form; refuses (and changes nothing) when places would fall below taken. */
    Outcome update(long id, HulpbronForm form) {
        try {
            return transaction.execute(status -> {
                Optional<Hulpbron> found = hulpbronnen.findById(id);
                if (found.isEmpty()) {
                    return Outcome.NOT_FOUND;
                }
                Hulpbron hulpbron = found.get();
                if (form.getPlaces() != null && form.getPlaces() < hulpbron.getPlacesTaken()) {
                    return Outcome.PLACES_BELOW_TAKEN;
                }
                describe(hulpbron, form, clock.instant());
                hulpbronnen.saveAndFlush(hulpbron);
                // More places: the people waiting get them, first in line first.
                placements.offerFreePlaces(id);
                return Outcome.SAVED;
            });
        } catch (DataIntegrityViolationException refused) {
            // A coach took a place between the read and the write: the check constraint refused the update.
            Integer taken = find(id).map(Hulpbron::getPlacesTaken).orElse(null);
            if (taken != null && form.getPlaces() != null && form.getPlaces() < taken) {
                return Outcome.PLACES_BELOW_TAKEN;
            }
            throw refused;
        }
    }

    /** False when there is no such hulpbron. */
    boolean setActive(long id, boolean active) {
        return Boolean.TRUE.equals(transaction.execute(status -> hulpbronnen.findById(id).map(h -> {
            h.setActive(active, clock.instant());
            return true;
        }).orElse(false)));
    }

    private static void describe(Hulpbron hulpbron, HulpbronForm form, Instant now) {
        hulpbron.describe(form.getName().trim(), form.getKind(), form.getOrganisation().trim(), form.getGemeenten(),
                form.getThemes(), HulpbronForm.trimToNull(form.getLocation()),
                HulpbronForm.trimToNull(form.getSchedule()), HulpbronForm.trimToNull(form.getContact()),
                HulpbronForm.trimToNull(form.getDescription()), form.getPlaces(), now);
        hulpbron.getBegeleiders().clear();
        hulpbron.getBegeleiders().addAll(form.begeleiderIds());
    }
}
