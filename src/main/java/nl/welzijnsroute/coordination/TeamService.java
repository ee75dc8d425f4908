package nl.welzijnsroute.coordination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.welzijnsroute.casework.AccessLog;
import nl.welzijnsroute.casework.AccessLogEntry;
import nl.welzijnsroute.casework.CaseInstances;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import nl.welzijnsroute.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team membership: the teams are Camunda groups of type TEAM (one per gemeente plus the youth team, see
 * RegionIdentityInitializer). A coordinator adds coaches to a team and takes members off; when a person leaves
 * (their last team, or "vertrekt"), their open tasks go to another member of the task's team or back to the team, as
 * the coordinator chooses per task. Membership, reassignment, audit lines and access-log lines change in one
 * transaction; the person's sessions end after the commit so their new teams apply at once.
 */
@Service
public class TeamService {

    public static final String TEAM_TYPE = "TEAM";

    public record Person(String userId, String name) {
    }

    public record Member(String userId, String name, List<String> teams, long openTasks) {
    }

    public record Team(String id, String name, List<Member> members) {
    }

    /** An open task of the person who leaves, with who may take it over (members of the task's teams). */
    public record OpenTask(String taskId, String name, String caseNumber, Date due, List<String> teams,
            List<Person> candidates) {
    }

    /**
     * What taking {@code person} off {@code teamsLeft} means: whether they then have no team at all
     * ({@code leaves}), and which of their open tasks need another owner.
     */
    public record Departure(Person person, List<Team> teamsLeft, List<String> remainingTeams, boolean leaves,
            List<OpenTask> tasks) {
    }

    /** A task after the change; {@code assignee} null when it went back to its team. */
    public record Reassignment(String taskId, String name, String caseNumber, String assignee) {
    }

    public record Departed(Person person, List<String> teamsLeft, boolean leftLastTeam,
            List<Reassignment> tasks) {
    }

    private final IdentityService identityService;
    private final TaskService taskService;
    private final CaseInstances caseInstances;
    private final ReferralCaseRepository cases;
    private final AccessLog accessLog;
    private final AuditLog auditLog;
    private final TeamSessions sessions;

    TeamService(IdentityService identityService, TaskService taskService, CaseInstances caseInstances,
            ReferralCaseRepository cases, AccessLog accessLog, AuditLog auditLog, TeamSessions sessions) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.caseInstances = caseInstances;
        this.cases = cases;
        this.accessLog = accessLog;
        this.auditLog = auditLog;
        this.sessions = sessions;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public List<Team> teams() {
        return identityService.createGroupQuery().groupType(TEAM_TYPE).orderByGroupName().asc().list().stream()
                .map(this::team).toList();
    }

    /** The team with its members; TeamNotFound for an unknown group or one that is not a team. */
    @Transactional(readOnly = true)
    public Team team(String teamId) {
        return team(teamGroup(teamId));
    }

    /** The coaches (group coach) not yet in the team, by name. */
    @Transactional(readOnly = true)
    public List<Person> addableCoaches(String teamId) {
        Group team = teamGroup(teamId);
        Set<String> members = identityService.createUserQuery().memberOfGroup(team.getId()).list().stream()
                .map(User::getId).collect(Collectors.toSet());
        return identityService.createUserQuery().memberOfGroup(Roles.COACH).list().stream()
                .filter(u -> !members.contains(u.getId())).map(TeamService::person)
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * What taking the person off {@code teamId} would mean, or off every team when {@code teamId} is null
     * ("vertrekt"). TeamNotFound for an unknown user or team, or a person who is not in that team.
     */
    @Transactional(readOnly = true)
    public Departure departure(String userId, String teamId) {
        User user = user(userId);
        List<Group> current = teamsOf(user.getId());
        List<Group> leaving;
        if (teamId == null) {
            leaving = current;
        } else {
            Group team = teamGroup(teamId);
            if (current.stream().noneMatch(g -> g.getId().equals(team.getId()))) {
                throw new TeamNotFound("team.notFound.member", user.getId(), team.getName());
            }
            leaving = List.of(team);
        }
        Set<String> leavingIds = leaving.stream().map(Group::getId).collect(Collectors.toSet());
        List<String> remaining = current.stream().map(Group::getId).filter(id -> !leavingIds.contains(id)).toList();
        return new Departure(person(user), leaving.stream().map(this::team).toList(), remaining,
                remaining.isEmpty(), affectedTasks(user.getId(), remaining));
    }

    // ---------------------------------------------------------------- changing

    /** Adds a coach to a team. TeamRefusal (field userId) when no one is chosen, for a non-coach or a member. */
    @Transactional
    public void addMember(String actor, String teamId, String userId) {
        Group team = teamGroup(teamId);
        if (userId == null || userId.isBlank()) {
            throw new TeamRefusal("userId", "team.member.required");
        }
        User user = user(userId.trim());
        if (identityService.createUserQuery().userId(user.getId()).memberOfGroup(Roles.COACH).count() == 0) {
            throw new TeamRefusal("userId", "team.member.notCoach", user.getId());
        }
        if (isMember(user.getId(), team.getId())) {
            throw new TeamRefusal("userId", "team.member.already", person(user).name(), team.getName());
        }
        try {
            identityService.createMembership(user.getId(), team.getId());
        } catch (RuntimeException e) {
            // Another coordinator added them a moment ago: the same answer as above.
            if (isMember(user.getId(), team.getId())) {
                throw new TeamRefusal("userId", "team.member.already", person(user).name(), team.getName());
            }
            throw e;
        }
        auditLog.record(actor, AuditLog.Kind.TEAM_MEMBER_ADDED, team.getId(), user.getId() + " toegevoegd aan "
                + team.getName());
    }

    /**
     * Takes the person off {@code teamId} (or off every team when null: "vertrekt") and gives each affected open
     * task to the member named in {@code assignments} (task id → user id), or back to its team when none is named.
     * TeamRefusal, nothing changed, when a named member may not take that task.
     */
    @Transactional
    public Departed remove(String actor, String userId, String teamId, Map<String, String> assignments) {
        Departure departure = departure(userId, teamId);
        if (departure.teamsLeft().isEmpty() && departure.tasks().isEmpty()) {
            throw new TeamRefusal(null, "team.leave.nothing", departure.person().name());
        }
        List<TeamRefusal.Problem> problems = new ArrayList<>();
        Map<OpenTask, String> targets = new LinkedHashMap<>();
        for (OpenTask task : departure.tasks()) {
            String chosen = assignments == null ? null : assignments.get(task.taskId());
            String target = chosen == null || chosen.isBlank() ? null : chosen.trim();
            if (target != null && task.candidates().stream().noneMatch(p -> p.userId().equals(target))) {
                problems.add(new TeamRefusal.Problem("assignments[" + task.taskId() + "]",
                        "team.reassign.notCandidate", target, task.name(), label(task)));
            }
            targets.put(task, target);
        }
        if (!problems.isEmpty()) {
            throw new TeamRefusal(problems);
        }

        String leaver = departure.person().userId();
        for (Team team : departure.teamsLeft()) {
            identityService.deleteMembership(leaver, team.id());
            auditLog.record(actor, AuditLog.Kind.TEAM_MEMBER_REMOVED, team.id(), leaver + " verwijderd uit "
                    + team.name() + (teamId == null ? " (vertrekt)" : departure.leaves() ? " (laatste team)" : ""));
        }
        List<Reassignment> done = new ArrayList<>();
        targets.forEach((task, target) -> {
            taskService.setAssignee(task.taskId(), target);
            done.add(new Reassignment(task.taskId(), task.name(), task.caseNumber(), target));
            if (task.caseNumber() != null) {
                cases.findByCaseNumber(task.caseNumber()).map(ReferralCase::getId).ifPresent(caseId ->
                        accessLog.record(caseId, actor, target == null ? AccessLogEntry.Action.UNCLAIM_TASK
                                : AccessLogEntry.Action.ASSIGN_TASK, task.name() + (target == null ? ""
                                : " → " + target)));
            }
        });
        if (!done.isEmpty()) {
            auditLog.record(actor, AuditLog.Kind.TASKS_REASSIGNED, leaver, done.stream()
                    .map(r -> "Taak ‘" + r.name() + "’" + (r.caseNumber() == null ? "" : " (" + r.caseNumber() + ")")
                            + " → " + (r.assignee() == null ? "terug naar het team" : r.assignee()))
                    .collect(Collectors.joining("; ")));
        }
        sessions.endAfterCommit(leaver);
        return new Departed(departure.person(), departure.teamsLeft().stream().map(Team::id).toList(),
                departure.leaves(), done);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The person's open tasks that need another owner: all of them when no team remains; otherwise those offered
     * only to teams the person no longer belongs to.
     */
    private List<OpenTask> affectedTasks(String userId, List<String> remainingTeams) {
        List<Task> assigned = taskService.createTaskQuery().taskAssignee(userId).orderByTaskCreateTime().asc().list();
        Map<String, String> caseNumbers = caseInstances.caseNumbers(assigned.stream().map(Task::getProcessInstanceId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, List<Person>> membersByTeam = new LinkedHashMap<>();
        Map<String, String> teamNames = new LinkedHashMap<>();
        List<OpenTask> tasks = new ArrayList<>();
        for (Task task : assigned) {
            List<String> teams = candidateTeams(task.getId());
            boolean affected = remainingTeams.isEmpty()
                    || (!teams.isEmpty() && teams.stream().noneMatch(remainingTeams::contains));
            if (!affected) {
                continue;
            }
            List<Person> candidates = teams.stream()
                    .flatMap(t -> membersByTeam.computeIfAbsent(t, this::members).stream())
                    .filter(p -> !p.userId().equals(userId)).distinct()
                    .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList();
            List<String> names = teams.stream().map(t -> teamNames.computeIfAbsent(t, this::groupName)).toList();
            tasks.add(new OpenTask(task.getId(), task.getName(), caseNumbers.get(task.getProcessInstanceId()),
                    task.getDueDate(), names, candidates));
        }
        return tasks;
    }

    /** The TEAM groups a task is offered to. */
    private List<String> candidateTeams(String taskId) {
        List<String> groups = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).distinct().toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        return identityService.createGroupQuery().groupIdIn(groups.toArray(String[]::new)).groupType(TEAM_TYPE)
                .list().stream().map(Group::getId).sorted().toList();
    }

    private Team team(Group group) {
        List<Member> members = identityService.createUserQuery().memberOfGroup(group.getId()).list().stream()
                .map(u -> new Member(u.getId(), person(u).name(), teamsOf(u.getId()).stream().map(Group::getName)
                        .toList(), taskService.createTaskQuery().taskAssignee(u.getId()).count()))
                .sorted(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return new Team(group.getId(), group.getName() == null ? group.getId() : group.getName(), members);
    }

    private List<Person> members(String teamId) {
        return identityService.createUserQuery().memberOfGroup(teamId).list().stream().map(TeamService::person)
                .toList();
    }

    private String groupName(String groupId) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    private List<Group> teamsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).groupType(TEAM_TYPE).orderByGroupName().asc()
                .list();
    }

    private boolean isMember(String userId, String groupId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

    private Group teamGroup(String teamId) {
        Group group = teamId == null ? null : identityService.createGroupQuery().groupId(teamId).singleResult();
        if (group == null || !TEAM_TYPE.equals(group.getType())) {
            throw new TeamNotFound("team.notFound.team", teamId);
        }
        return group;
    }

    private User user(String userId) {
        User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new TeamNotFound("team.notFound.user", userId);
        }
        return user;
    }

    static Person person(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return new Person(user.getId(), name.isEmpty() ? user.getId() : name);
    }

    private static String label(OpenTask task) {
        return task.caseNumber() == null ? task.taskId() : task.caseNumber();
    }
}
