package nl.welzijnsroute.hulpbronnen;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.welzijnsroute.journey.CaseJourneyService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warm handovers to hulpbronnen: choosing, proposing, places and the wait list. Every change of a placement's
 * status and of a hulpbron's places is a conditional UPDATE in the database, so several coaches, facilitators and
 * app nodes at the same moment can never put more people in a group than it has places, nor offer one freed place
 * twice. Called by the warme-overdracht process's delegates (inside the engine's transaction) and by the pages.
 */
@Service
@Transactional
public class PlacementService {

    public enum ChooseResult {
        CHOSEN, ALREADY_OPEN, NOT_AVAILABLE
    }

    private final JdbcTemplate jdbc;
    private final PlacementRepository placements;
    private final HulpbronRepository hulpbronnen;
    private final CaseJourneyService journey;
    private final RuntimeService runtimeService;
    private final Clock clock;

    PlacementService(JdbcTemplate jdbc, PlacementRepository placements, HulpbronRepository hulpbronnen,
            CaseJourneyService journey, RuntimeService runtimeService, Clock clock) {
        this.jdbc = jdbc;
        this.placements = placements;
        this.hulpbronnen = hulpbronnen;
        this.journey = journey;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** The coach and the person choose a hulpbron; one open handover per hulpbron and case. */
    public ChooseResult choose(long caseId, long hulpbronId, String userId) {
        Optional<Hulpbron> hulpbron = hulpbronnen.findById(hulpbronId).filter(Hulpbron::isActive);
        if (hulpbron.isEmpty()) {
            return ChooseResult.NOT_AVAILABLE;
        }
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE case_id = ? AND hulpbron_id = ?"
                + " AND status IN ('CHOSEN','PROPOSED','WAITING','RESERVED','INTRODUCED','ATTENDING')",
                Integer.class, caseId, hulpbronId);
        if (open != null && open > 0) {
            return ChooseResult.ALREADY_OPEN;
        }
        placements.saveAndFlush(new Placement(caseId, hulpbronId, userId, clock.instant()));
        return ChooseResult.CHOSEN;
    }

    /** Before it is proposed, a choice can be undone. */
    public boolean unchoose(long caseId, long placementId) {
        return move(placementId, caseId, PlacementStatus.CHOSEN, PlacementStatus.WITHDRAWN);
    }

    @Transactional(readOnly = true)
    public List<Long> chosen(long caseId) {
        return jdbc.queryForList("SELECT id FROM placement WHERE case_id = ? AND status = 'CHOSEN' ORDER BY id",
                Long.class, caseId);
    }

    /**
     * Proposes the placement to the hulpbron's facilitators, with the coach's introduction: the case file's latest
     * answer to the handover form's {@code introductie} field.
     */
    public void propose(long placementId) {
        List<String> introduction = jdbc.queryForList("SELECT r.field_value FROM case_record r JOIN placement p"
                + " ON p.case_id = r.case_id WHERE p.id = ? AND r.field_key = 'introductie'"
                + " ORDER BY r.recorded_at DESC, r.id DESC", String.class, placementId);
        jdbc.update("UPDATE placement SET status = 'PROPOSED', introduction = ?, updated_at = ?"
                + " WHERE id = ? AND status = 'CHOSEN'", introduction.isEmpty() ? null : introduction.get(0), now(),
                placementId);
    }

    /**
     * The facilitator accepts: takes a place if one is free, else the person joins the wait list.
     *
     * @return true when a place is now held for this person
     */
    public boolean accept(long placementId) {
        // In line first: a free place goes to whoever waits longest, which is this person when nobody else waits.
        putOnWaitList(placementId);
        offerFreePlaces(hulpbronId(placementId));
        return status(placementId) == PlacementStatus.RESERVED;
    }

    /** Offers free places (after a stop, or after a coordinator added places) to the people waiting, in order. */
    public void offerFreePlaces(long hulpbronId) {
        while (offerNext(hulpbronId)) {
            // one place per round, until the group is full or nobody waits
        }
    }

    /** No place now: the person waits, in order of arrival. */
    public void putOnWaitList(long placementId) {
        if (move(placementId, null, PlacementStatus.PROPOSED, PlacementStatus.WAITING)) {
            jdbc.update("UPDATE placement SET waiting_since = ? WHERE id = ?", now(), placementId);
        }
    }

    /** @param reason the facilitator's words, or null to keep the reason their page already stored */
    public void notSuitable(long placementId, String reason) {
        jdbc.update("UPDATE placement SET status = 'NOT_SUITABLE', reason = COALESCE(?, reason), updated_at = ?"
                + " WHERE id = ? AND status = 'PROPOSED'", reason, now(), placementId);
    }

    /** The facilitator's reason, stored with their answer (the process then records the status). */
    public void recordReason(long placementId, String reason) {
        jdbc.update("UPDATE placement SET reason = ? WHERE id = ? AND status = 'PROPOSED'", reason, placementId);
    }

    public void introduced(long placementId) {
        move(placementId, null, PlacementStatus.RESERVED, PlacementStatus.INTRODUCED);
    }

    /** The person came: the case is handed over (status and terugkoppeling name the hulpbron). */
    public void attended(long placementId) {
        if (move(placementId, null, PlacementStatus.INTRODUCED, PlacementStatus.ATTENDING)) {
            Placement placement = placements.findById(placementId).orElseThrow();
            journey.recordHandover(placement.getCaseId(), hulpbronName(placementId), true);
        }
    }

    /** Stopped, or did not come: the place is free for the next in line. */
    public boolean stop(long placementId) {
        for (PlacementStatus from : List.of(PlacementStatus.ATTENDING, PlacementStatus.INTRODUCED,
                PlacementStatus.RESERVED)) {
            if (move(placementId, null, from, PlacementStatus.STOPPED)) {
                release(placementId);
                return true;
            }
        }
        return false;
    }

    /** The coach takes the person off the wait list (or an unanswered proposal). */
    public boolean withdraw(long placementId) {
        for (PlacementStatus from : List.of(PlacementStatus.WAITING, PlacementStatus.PROPOSED,
                PlacementStatus.CHOSEN, PlacementStatus.RESERVED, PlacementStatus.INTRODUCED)) {
            if (move(placementId, null, from, PlacementStatus.WITHDRAWN)) {
                release(placementId);
                return true;
            }
        }
        return false;
    }

    /** The case closed: whatever is still under way ends, and held places go to the next in line. */
    public void closeOpen(long caseId) {
        jdbc.queryForList("SELECT id FROM placement WHERE case_id = ? AND status IN"
                + " ('CHOSEN','PROPOSED','WAITING','RESERVED','INTRODUCED')", Long.class, caseId)
                .forEach(this::withdraw);
    }

    @Transactional(readOnly = true)
    public boolean anyAttending(List<Long> placementIds) {
        return placementIds.stream().anyMatch(id -> status(id) == PlacementStatus.ATTENDING);
    }

    /** The coach takes the person off the wait list; their handover process ends ("niet geplaatst"). */
    public boolean leaveWaitList(long placementId) {
        if (!move(placementId, null, PlacementStatus.WAITING, PlacementStatus.WITHDRAWN)) {
            return false;
        }
        runtimeService.createMessageCorrelation(WarmeOverdrachtProcess.WAIT_LIST_LEFT_MESSAGE)
                .processInstanceVariableEquals(WarmeOverdrachtProcess.Var.PLACEMENT_ID, placementId).correlateAll();
        return true;
    }

    /**
     * The coach withdraws a handover that is still under way (the person changed their mind, or another hulpbron
     * fits better): a held place goes to the next in line, and the handover's process ends.
     */
    public boolean withdrawByCoach(long caseId, long placementId) {
        Integer ofCase = jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE id = ? AND case_id = ?",
                Integer.class, placementId, caseId);
        if (ofCase == null || ofCase == 0) {
            return false;
        }
        return switch (status(placementId)) {
            case CHOSEN -> unchoose(caseId, placementId);
            case WAITING -> leaveWaitList(placementId);
            case PROPOSED, RESERVED, INTRODUCED -> {
                boolean withdrawn = withdraw(placementId);
                if (withdrawn) {
                    runtimeService.createMessageCorrelation(WarmeOverdrachtProcess.HANDOVER_WITHDRAWN_MESSAGE)
                            .processInstanceVariableEquals(WarmeOverdrachtProcess.Var.PLACEMENT_ID, placementId)
                            .correlateAll();
                }
                yield withdrawn;
            }
            default -> false;
        };
    }

    /** The case closed (any way): what is still under way ends, and held places go to the next in line. */
    @org.springframework.context.event.EventListener
    public void onCaseClosed(nl.welzijnsroute.journey.CaseClosedEvent closed) {
        closeOpen(closed.caseId());
    }

    @Transactional(readOnly = true)
    public PlacementStatus status(long placementId) {
        return PlacementStatus.valueOf(jdbc.queryForObject("SELECT status FROM placement WHERE id = ?", String.class,
                placementId));
    }

    @Transactional(readOnly = true)
    public String hulpbronName(long placementId) {
        return jdbc.queryForObject("SELECT h.name FROM placement p JOIN hulpbron h ON h.id = p.hulpbron_id"
                + " WHERE p.id = ?", String.class, placementId);
    }

    @Transactional(readOnly = true)
    public List<String> begeleiders(long placementId) {
        return jdbc.queryForList("SELECT b.user_id FROM placement p JOIN hulpbron_begeleider b"
                + " ON b.hulpbron_id = p.hulpbron_id WHERE p.id = ? ORDER BY b.user_id", String.class, placementId);
    }

    /**
     * Holds a place for a waiting placement, if the hulpbron has one free. The placement is claimed first
     * (WAITING → RESERVED), so a freed place offered from two nodes at once goes to one person once.
     */
    private boolean reserve(long placementId) {
        if (!move(placementId, null, PlacementStatus.WAITING, PlacementStatus.RESERVED)) {
            return false;
        }
        int taken;
        try {
            taken = jdbc.update("UPDATE hulpbron SET places_taken = places_taken + 1 WHERE id ="
                    + " (SELECT hulpbron_id FROM placement WHERE id = ?) AND (places IS NULL OR places_taken < places)",
                    placementId);
        } catch (org.springframework.dao.DataIntegrityViolationException lastPlaceTakenMeanwhile) {
            // The check constraint (never more taken than places) is the last guard when two nodes reach the
            // last place together on a database that does not re-check the WHERE clause after waiting for the row.
            taken = 0;
        }
        if (taken == 0) {
            // Full: back in line, keeping the original place in the queue.
            move(placementId, null, PlacementStatus.RESERVED, PlacementStatus.WAITING);
            return false;
        }
        jdbc.update("UPDATE placement SET holds_place = TRUE WHERE id = ?", placementId);
        return true;
    }

    /** Frees the place this placement held, then offers it to the first person waiting. */
    private void release(long placementId) {
        int released = jdbc.update("UPDATE placement SET holds_place = FALSE WHERE id = ? AND holds_place = TRUE",
                placementId);
        if (released == 1) {
            long hulpbronId = hulpbronId(placementId);
            jdbc.update("UPDATE hulpbron SET places_taken = places_taken - 1 WHERE id = ? AND places_taken > 0",
                    hulpbronId);
            offerFreePlaces(hulpbronId);
        }
    }

    /**
     * The first in line gets a free place, and their handover moves on: the process waiting on the wait list is
     * told. (A handover that is itself reserving right now has no such wait yet and reads its status instead.)
     *
     * @return true when someone got a place
     */
    private boolean offerNext(long hulpbronId) {
        for (Long waiting : jdbc.queryForList("SELECT id FROM placement WHERE hulpbron_id = ? AND status = 'WAITING'"
                + " ORDER BY waiting_since, id", Long.class, hulpbronId)) {
            if (reserve(waiting)) {
                runtimeService.createMessageCorrelation(WarmeOverdrachtProcess.PLACE_OFFERED_MESSAGE)
                        .processInstanceVariableEquals(WarmeOverdrachtProcess.Var.PLACEMENT_ID, waiting)
                        .correlateAll();
                return true;
            }
            if (!hasFreePlace(hulpbronId)) {
                return false;
            }
        }
        return false;
    }

    private long hulpbronId(long placementId) {
        return jdbc.queryForObject("SELECT hulpbron_id FROM placement WHERE id = ?", Long.class, placementId);
    }

    private boolean hasFreePlace(long hulpbronId) {
        Integer free = jdbc.queryForObject("SELECT COUNT(*) FROM hulpbron WHERE id = ?"
                + " AND (places IS NULL OR places_taken < places)", Integer.class, hulpbronId);
        return free != null && free > 0;
    }

    /** One conditional step of the placement's life; false when it was not (or no longer) in {@code from}. */
    private boolean move(long placementId, Long caseId, PlacementStatus from, PlacementStatus to) {
        return caseId == null
                ? jdbc.update("UPDATE placement SET status = ?, updated_at = ? WHERE id = ? AND status = ?",
                        to.name(), now(), placementId, from.name()) == 1
                : jdbc.update("UPDATE placement SET status = ?, updated_at = ? WHERE id = ? AND case_id = ?"
                        + " AND status = ?", to.name(), now(), placementId, caseId, from.name()) == 1;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

}
