package nl.welzijnsroute.hulpbronnen;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a facilitator (begeleider) sees and does: the handovers to their own hulpbronnen, with only what they need
 * (the person's name and contact, the coach's introduction), never the case file.
 */
@Service
public class Handovers {

    /** One handover as its facilitator sees it. */
    public record View(Placement placement, Hulpbron hulpbron, String clientName, String phone, String email,
            String openTask) {
    }

    public enum Outcome {
        DONE, GONE
    }

    private final PlacementRepository placements;
    private final HulpbronRepository hulpbronnen;
    private final ReferralCaseRepository cases;
    private final TaskService taskService;
    private final PlacementService placementService;
    private final TransactionTemplate transaction;

    Handovers(PlacementRepository placements, HulpbronRepository hulpbronnen, ReferralCaseRepository cases,
            TaskService taskService, PlacementService placementService, PlatformTransactionManager transactionManager) {
        this.placements = placements;
        this.hulpbronnen = hulpbronnen;
        this.cases = cases;
        this.taskService = taskService;
        this.placementService = placementService;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Transactional(readOnly = true)
    public List<View> forBegeleider(String userId) {
        Map<Long, Hulpbron> mine = hulpbronnen.findByBegeleider(userId).stream()
                .collect(Collectors.toMap(Hulpbron::getId, Function.identity()));
        if (mine.isEmpty()) {
            return List.of();
        }
        return placements.findByHulpbronIdInAndStatusInOrderByUpdatedAtDesc(mine.keySet(), List.of(
                        PlacementStatus.PROPOSED, PlacementStatus.WAITING, PlacementStatus.RESERVED,
                        PlacementStatus.INTRODUCED, PlacementStatus.ATTENDING)).stream()
                .map(p -> view(p, mine.get(p.getHulpbronId()))).toList();
    }

    /** The handover, if it goes to one of this facilitator's hulpbronnen; anything else is "not found". */
    @Transactional(readOnly = true)
    public Optional<View> one(String userId, long placementId) {
        return placements.findById(placementId).flatMap(p -> hulpbronnen.findById(p.getHulpbronId())
                .filter(h -> h.getBegeleiders().contains(userId)).map(h -> view(p, h)));
    }

    /** Answers the proposal: accept, no place now, or not suitable (with the reason, for the coach). */
    public Outcome decide(String userId, long placementId, WarmeOverdrachtProcess.Decision decision, String reason) {
        return completeTask(userId, placementId, WarmeOverdrachtProcess.Activity.DECIDE, () -> {
            if (decision == WarmeOverdrachtProcess.Decision.NOT_SUITABLE) {
                placementService.recordReason(placementId, reason);
            }
            return Map.of(WarmeOverdrachtProcess.Var.DECISION, decision.name());
        });
    }

    /** The first meeting: did the person come? */
    public Outcome confirmAttendance(String userId, long placementId, boolean attended) {
        return completeTask(userId, placementId, WarmeOverdrachtProcess.Activity.CONFIRM_ATTENDANCE,
                () -> Map.of(WarmeOverdrachtProcess.Var.ATTENDANCE, attended ? "ATTENDED" : "NOT_ATTENDED"));
    }

    /** The person stopped coming: the place is free for the next in line. */
    public Outcome stopped(String userId, long placementId) {
        return transaction.execute(status -> one(userId, placementId).isPresent()
                && placementService.stop(placementId) ? Outcome.DONE : Outcome.GONE);
    }

    private Outcome completeTask(String userId, long placementId, String activityId,
            java.util.function.Supplier<Map<String, Object>> variables) {
        try {
            return transaction.execute(status -> {
                if (one(userId, placementId).isEmpty()) {
                    return Outcome.GONE;
                }
                Task task = openTask(placementId, activityId);
                if (task == null) {
                    return Outcome.GONE;
                }
                taskService.claim(task.getId(), userId);
                taskService.complete(task.getId(), variables.get());
                return Outcome.DONE;
            });
        } catch (org.camunda.bpm.engine.OptimisticLockingException | org.camunda.bpm.engine.TaskAlreadyClaimedException
                | org.camunda.bpm.engine.exception.NullValueException concurrent) {
            // Answered meanwhile by a colleague (or a double click): nothing is done twice.
            return Outcome.GONE;
        }
    }

    private Task openTask(long placementId, String activityId) {
        return taskService.createTaskQuery().processVariableValueEquals(WarmeOverdrachtProcess.Var.PLACEMENT_ID,
                placementId).taskDefinitionKey(activityId).active().singleResult();
    }

    private View view(Placement placement, Hulpbron hulpbron) {
        ReferralCase referralCase = cases.findById(placement.getCaseId()).orElseThrow();
        Task task = taskService.createTaskQuery().processVariableValueEquals(WarmeOverdrachtProcess.Var.PLACEMENT_ID,
                placement.getId()).active().list().stream()
                .filter(t -> t.getTaskDefinitionKey().equals(WarmeOverdrachtProcess.Activity.DECIDE)
                        || t.getTaskDefinitionKey().equals(WarmeOverdrachtProcess.Activity.CONFIRM_ATTENDANCE))
                .findFirst().orElse(null);
        return new View(placement, hulpbron, referralCase.getClient().fullName(), referralCase.getClient().getPhone(),
                referralCase.getClient().getEmail(), task == null ? null : task.getTaskDefinitionKey());
    }
}
