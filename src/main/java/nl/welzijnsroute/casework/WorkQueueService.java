package nl.welzijnsroute.casework;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks a person may work on: their own and their teams' unassigned ones. Client names come from the
 * case tables in one query per page, never from process variables.
 */
@Service
public class WorkQueueService {

    static final int PAGE_SIZE = 50;

    private final TaskService taskService;
    private final ReferralCaseRepository cases;

    WorkQueueService(TaskService taskService, ReferralCaseRepository cases) {
        this.taskService = taskService;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public List<WorkItem> openTasks(String userId, Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = taskService.createTaskQuery()
                .or().taskAssignee(userId).taskCandidateGroupIn(List.copyOf(groups)).endOr()
                .active().orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(0, PAGE_SIZE);
        Map<String, ReferralCase> byInstance = cases.findWithClientByProcessInstanceIdIn(
                tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ReferralCase::getProcessInstanceId, Function.identity()));
        return tasks.stream().filter(task -> byInstance.containsKey(task.getProcessInstanceId())).map(task -> {
            ReferralCase c = byInstance.get(task.getProcessInstanceId());
            return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(), c.getCaseNumber(),
                    c.getClient().fullName(), c.getClient().getMunicipality(), c.getTeam(), task.getAssignee(),
                    task.getCreateTime(), task.getDueDate());
        }).toList();
    }
}
