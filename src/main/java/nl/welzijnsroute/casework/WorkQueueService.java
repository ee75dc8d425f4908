package nl.welzijnsroute.casework;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import nl.welzijnsroute.security.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks a person may work on: a coach their own and their teams' unassigned ones, a coordinator all.
 * Filtering, sorting and paging happen in the engine's task query (indexed); client names come from the case
 * tables in one query per page, never from process variables.
 */
@Service
public class WorkQueueService {

    public static final int PAGE_SIZE = 25;
    private static final int MAX_NAME_MATCHES = 500;

    private final TaskService taskService;
    private final ReferralCaseRepository cases;
    private final CaseInstances caseInstances;
    private final java.time.Clock clock;

    WorkQueueService(TaskService taskService, ReferralCaseRepository cases, CaseInstances caseInstances,
            java.time.Clock clock) {
        this.clock = clock;
        this.taskService = taskService;
        this.cases = cases;
        this.caseInstances = caseInstances;
    }

    public record Page(List<WorkItem> items, long total, int page, int pageSize) {

        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    /** The start page's short list: my work first, by due date. */
    @Transactional(readOnly = true)
    public List<WorkItem> openTasks(String userId, java.util.Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        TaskQuery query = taskService.createTaskQuery().or().taskAssignee(userId)
                .taskCandidateGroupIn(List.copyOf(groups)).endOr().active();
        return items(query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public Page find(CurrentUser user, WorkQueueFilter filter) {
        TaskQuery query = taskService.createTaskQuery().active()
                .processDefinitionKeyIn(WorProcess.JOURNEY_PROCESS_KEYS.toArray(String[]::new));
        if (filter.mine()) {
            query.taskAssignee(user.userId());
        } else if (!user.isCoordinator()) {
            List<String> groups = List.copyOf(user.workGroups());
            if (groups.isEmpty()) {
                query.taskAssignee(user.userId());
            } else {
                query.or().taskAssignee(user.userId()).taskCandidateGroupIn(groups).endOr();
            }
        }
        if (notBlank(filter.type())) {
            query.taskDefinitionKey(filter.type());
        }
        if (notBlank(filter.gemeente())) {
            query.processVariableValueEquals(WorProcess.Var.GEMEENTE, filter.gemeente());
        }
        ZonedDateTime startOfToday = LocalDate.now(clock.withZone(ReferralCase.ZONE)).atStartOfDay(ReferralCase.ZONE);
        if ("overdue".equals(filter.due())) {
            query.dueBefore(Date.from(startOfToday.toInstant()));
        } else if ("today".equals(filter.due())) {
            query.dueAfter(Date.from(startOfToday.minusNanos(1).toInstant()))
                    .dueBefore(Date.from(startOfToday.plusDays(1).toInstant()));
        }
        if (notBlank(filter.q())) {
            String q = filter.q().trim();
            if (q.toUpperCase().matches("(WOR|VG)-.*")) {
                query.processInstanceBusinessKeyLike(q.toUpperCase() + "%");
            } else {
                String pattern = "%" + q.toLowerCase().replace("%", "").replace("_", "") + "%";
                PageRequest limit = PageRequest.of(0, MAX_NAME_MATCHES);
                List<String> caseNumbers = user.isCoordinator() || user.teams().isEmpty() || filter.mine()
                        ? cases.findCaseNumbersByClientNameLike(pattern, limit)
                        : cases.findCaseNumbersByClientNameLikeInTeams(pattern, user.teams(), limit);
                if (caseNumbers.isEmpty()) {
                    return new Page(List.of(), 0, filter.page(), PAGE_SIZE);
                }
                query.processInstanceBusinessKeyIn(caseNumbers.toArray(String[]::new));
            }
        }
        if ("created".equals(filter.sort())) {
            query.orderByTaskCreateTime().asc();
        } else {
            query.orderByDueDate().asc().orderByTaskCreateTime().asc();
        }
        long total = query.count();
        List<Task> tasks = query.listPage(filter.page() * PAGE_SIZE, PAGE_SIZE);
        return new Page(items(tasks), total, filter.page(), PAGE_SIZE);
    }

    private List<WorkItem> items(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> caseNumbers = caseInstances.caseNumbers(
                tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        Map<String, ReferralCase> byNumber = cases.findWithClientByCaseNumberIn(Set.copyOf(caseNumbers.values()))
                .stream().collect(Collectors.toMap(ReferralCase::getCaseNumber, Function.identity()));
        return tasks.stream().filter(task -> byNumber.containsKey(caseNumbers.get(task.getProcessInstanceId())))
                .map(task -> {
            ReferralCase c = byNumber.get(caseNumbers.get(task.getProcessInstanceId()));
            return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(), c.getCaseNumber(),
                    c.getClient().fullName(), c.getClient().getMunicipality(), c.getTeam(), task.getAssignee(),
                    task.getCreateTime(), task.getDueDate());
        }).toList();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
