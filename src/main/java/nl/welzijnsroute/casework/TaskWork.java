package nl.welzijnsroute.casework;

import java.util.Map;
import nl.welzijnsroute.security.CurrentUser;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claiming, handing back, reassigning and completing tasks, each in one transaction with its access-log line.
 * A task someone else finished or took meanwhile is an outcome, not an error page.
 */
@Service
public class TaskWork {

    public enum Outcome {
        DONE, GONE, TAKEN_BY_SOMEONE_ELSE, NOT_ALLOWED
    }

    private final TaskService taskService;
    private final CaseworkAccess access;
    private final AccessLog accessLog;
    private final TransactionTemplate transaction;

    TaskWork(TaskService taskService, CaseworkAccess access, AccessLog accessLog,
            PlatformTransactionManager transactionManager) {
        this.taskService = taskService;
        this.access = access;
        this.accessLog = accessLog;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Completes the task; an unassigned task is claimed on the way, someone else's is refused. */
    public Outcome complete(CurrentUser user, String taskId, Map<String, Object> variables) {
        return complete(user, taskId, variables, found -> { });
    }

    /**
     * As {@link #complete(CurrentUser, String, Map)}, and writes what belongs in the case file in the same
     * transaction: the answers and the process step land together or not at all.
     */
    public Outcome complete(CurrentUser user, String taskId, Map<String, Object> variables,
            java.util.function.Consumer<CaseworkAccess.TaskOnCase> alsoRecord) {
        return withTask(user, taskId, found -> {
            Task task = found.task();
            if (task.getAssignee() == null) {
                taskService.claim(taskId, user.userId());
            } else if (!task.getAssignee().equals(user.userId())) {
                return Outcome.TAKEN_BY_SOMEONE_ELSE;
            }
            accessLog.record(found.referralCase().getId(), user.userId(), AccessLogEntry.Action.COMPLETE_TASK,
                    task.getName());
            alsoRecord.accept(found);
            taskService.complete(taskId, variables);
            return Outcome.DONE;
        });
    }

    public Outcome claim(CurrentUser user, String taskId) {
        return withTask(user, taskId, found -> {
            if (found.task().getAssignee() != null) {
                return found.task().getAssignee().equals(user.userId()) ? Outcome.DONE : Outcome.TAKEN_BY_SOMEONE_ELSE;
            }
            taskService.claim(taskId, user.userId());
            accessLog.record(found.referralCase().getId(), user.userId(), AccessLogEntry.Action.CLAIM_TASK,
                    found.task().getName());
            return Outcome.DONE;
        });
    }

    /** Hands the task back to the team: its assignee may, and a coordinator. */
    public Outcome unclaim(CurrentUser user, String taskId) {
        return withTask(user, taskId, found -> {
            if (!user.isCoordinator() && !user.userId().equals(found.task().getAssignee())) {
                return Outcome.NOT_ALLOWED;
            }
            taskService.setAssignee(taskId, null);
            accessLog.record(found.referralCase().getId(), user.userId(), AccessLogEntry.Action.UNCLAIM_TASK,
                    found.task().getName());
            return Outcome.DONE;
        });
    }

    /** Coordinator only: give the task to a member of a group it is offered to. */
    public Outcome assign(CurrentUser user, String taskId, String assignee, boolean assigneeIsCandidate) {
        if (!user.isCoordinator() || !assigneeIsCandidate) {
            return Outcome.NOT_ALLOWED;
        }
        return withTask(user, taskId, found -> {
            taskService.setAssignee(taskId, assignee);
            accessLog.record(found.referralCase().getId(), user.userId(), AccessLogEntry.Action.ASSIGN_TASK,
                    found.task().getName() + " → " + assignee);
            return Outcome.DONE;
        });
    }

    /** Runs the work in one transaction on a task this person may see; a task that is not there is GONE. */
    private Outcome withTask(CurrentUser user, String taskId,
            java.util.function.Function<CaseworkAccess.TaskOnCase, Outcome> work) {
        try {
            return transaction.execute(status -> access.task(user, taskId).map(work).orElse(Outcome.GONE));
        } catch (NullValueException | NotFoundException gone) {
            return Outcome.GONE;
        } catch (OptimisticLockingException concurrent) {
            return Outcome.GONE;
        } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException claimed) {
            return Outcome.TAKEN_BY_SOMEONE_ELSE;
        } catch (ProcessEngineException e) {
            // A task completed by a concurrent request fails with "Cannot find task" in several shapes.
            if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
                return Outcome.GONE;
            }
            throw e;
        }
    }
}
