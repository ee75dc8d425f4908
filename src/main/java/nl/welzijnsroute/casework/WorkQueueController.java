package nl.welzijnsroute.casework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.welzijnsroute.hulpbronnen.WarmeOverdrachtProcess;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The werkvoorraad: what needs doing, filtered and paged; claim, hand back, and (coordinator) reassign. */
@Controller
class WorkQueueController {

    /** The task types coaches and coordinators meet, in journey order, for the filter. */
    static final List<String> TASK_TYPES = List.of(WorProcess.Activity.CONTACT_CLIENT,
            WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK, WorProcess.Activity.ARRANGE_WARM_HANDOVER,
            WarmeOverdrachtProcess.Activity.CONFIRM_INTRODUCTION, WarmeOverdrachtProcess.Activity.CHECK_ARRIVAL,
            WarmeOverdrachtProcess.Activity.CHASE_PROPOSAL, WarmeOverdrachtProcess.Activity.REVIEW_NOT_SUITABLE,
            WorProcess.Activity.HOLD_FOLLOW_UP, WorProcess.Activity.CONCLUDE_GUIDANCE,
            WorProcess.Activity.HANDLE_OVERDUE_FIRST_CONTACT, WorProcess.Activity.ASSIGN_TEAM_MANUALLY,
            WarmeOverdrachtProcess.Activity.DECIDE, WarmeOverdrachtProcess.Activity.CONFIRM_ATTENDANCE);

    private final WorkQueueService workQueue;
    private final TaskWork taskWork;
    private final IdentityService identityService;
    private final CaseworkAccess access;
    private final java.time.Clock clock;

    WorkQueueController(WorkQueueService workQueue, TaskWork taskWork, IdentityService identityService,
            CaseworkAccess access, java.time.Clock clock) {
        this.clock = clock;
        this.workQueue = workQueue;
        this.taskWork = taskWork;
        this.identityService = identityService;
        this.access = access;
    }

    @GetMapping("/werkvoorraad")
    String workQueue(@RequestParam(required = false) String type, @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String due, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        WorkQueueFilter filter = new WorkQueueFilter(type, gemeente, due, q, sort, mine, page);
        model.addAttribute("filter", filter);
        model.addAttribute("result", workQueue.find(user, filter));
        model.addAttribute("taskTypes", TASK_TYPES);
        model.addAttribute("municipalities", Arrays.stream(Municipality.values()).map(Municipality::displayName).toList());
        model.addAttribute("today", LocalDate.now(clock.withZone(ReferralCase.ZONE)));
        model.addAttribute("userId", user.userId());
        model.addAttribute("isCoordinator", user.isCoordinator());
        return "casework/werkvoorraad";
    }

    @PostMapping("/taken/{taskId}/claim")
    String claim(@PathVariable String taskId, Authentication authentication, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        return after(user, taskId, taskWork.claim(user, taskId), "task.claimed", redirect);
    }

    @PostMapping("/taken/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, Authentication authentication, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        return after(user, taskId, taskWork.unclaim(user, taskId), "task.unclaimed", redirect);
    }

    @PostMapping("/taken/{taskId}/assign")
    String assign(@PathVariable String taskId, @RequestParam String assignee, Authentication authentication,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        if (!user.isCoordinator()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return after(user, taskId, taskWork.assign(user, taskId, assignee, isCandidate(taskId, assignee)),
                "task.assigned", redirect);
    }

    /** Only someone in a group the task is offered to may get it. */
    private boolean isCandidate(String taskId, String userId) {
        return access.candidateGroups(taskId).stream().anyMatch(g -> identityService.createUserQuery().userId(userId).memberOfGroup(g)
                .count() > 0);
    }

    private String after(CurrentUser user, String taskId, TaskWork.Outcome outcome, String doneMessage,
            RedirectAttributes redirect) {
        switch (outcome) {
            case DONE -> redirect.addFlashAttribute("message", doneMessage);
            case TAKEN_BY_SOMEONE_ELSE -> redirect.addFlashAttribute("message", "task.takenBySomeoneElse");
            case NOT_ALLOWED -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            case GONE -> {
                // Finished a moment ago by a colleague: say so. Never visible to this person: not found.
                access.finishedTaskCase(user, taskId)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
                redirect.addFlashAttribute("message", "task.gone");
            }
        }
        return "redirect:/werkvoorraad";
    }

}
