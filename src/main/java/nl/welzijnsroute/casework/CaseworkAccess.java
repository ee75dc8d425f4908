package nl.welzijnsroute.casework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import nl.welzijnsroute.security.CurrentUser;
import nl.welzijnsroute.security.Roles;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides which cases and tasks a coach or coordinator may see: a coach their own team's
 * cases and the tasks offered to their team or assigned to them; a coordinator everything; an ervaringsdeskundige
 * the cases they are invited to (reading only, no tasks). Everything else is
 * reported as "not found", so guessing a case number or task id reveals nothing.
 */
@Service
@Transactional(readOnly = true)
public class CaseworkAccess {

    private final ReferralCaseRepository cases;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final CaseInstances caseInstances;
    private final CaseInvitations invitations;

    CaseworkAccess(ReferralCaseRepository cases, TaskService taskService, HistoryService historyService,
            CaseInstances caseInstances, CaseInvitations invitations) {
        this.invitations = invitations;
        this.cases = cases;
        this.taskService = taskService;
        this.historyService = historyService;
        this.caseInstances = caseInstances;
    }

    public Optional<ReferralCase> caseByNumber(CurrentUser user, String caseNumber) {
        return cases.findByCaseNumber(caseNumber).filter(c -> canSee(user, c));
    }

    public boolean canSee(CurrentUser user, ReferralCase referralCase) {
        return worksOn(user, referralCase) || (user.groups().contains(Roles.ERVARINGSDESKUNDIGE)
                && invitations.isInvited(referralCase.getId(), user.userId()));
    }

    /** Coaches of the case's team and coordinators work on a case; an invited ervaringsdeskundige only reads it. */
    public boolean worksOn(CurrentUser user, ReferralCase referralCase) {
        return user.isCoordinator() || (referralCase.getTeam() != null && user.teams().contains(referralCase.getTeam()));
    }

    /** A task this person may open and work on, with its case. */
    public Optional<TaskOnCase> task(CurrentUser user, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        Optional<ReferralCase> referralCase = caseInstances.caseNumber(task.getProcessInstanceId())
                .flatMap(cases::findByCaseNumber);
        if (referralCase.isEmpty()) {
            return Optional.empty();
        }
        if (user.isCoordinator() || user.userId().equals(task.getAssignee())) {
            return Optional.of(new TaskOnCase(task, referralCase.get()));
        }
        Set<String> groups = user.workGroups();
        boolean offeredToMyGroup = candidateGroups(taskId).stream().anyMatch(groups::contains);
        return offeredToMyGroup ? Optional.of(new TaskOnCase(task, referralCase.get())) : Optional.empty();
    }

    /** The groups a task is offered to (its candidate groups). */
    public List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    /** The case of a task that no longer runs, if this person may see that case. */
    public Optional<ReferralCase> finishedTaskCase(CurrentUser user, String taskId) {
        HistoricTaskInstance historic = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (historic == null || historic.getEndTime() == null) {
            return Optional.empty();
        }
        return caseInstances.caseNumber(historic.getProcessInstanceId()).flatMap(cases::findByCaseNumber)
                .filter(c -> canSee(user, c));
    }

    public record TaskOnCase(Task task, ReferralCase referralCase) {
    }
}
