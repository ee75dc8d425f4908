package nl.welzijnsroute.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.welzijnsroute.support.Http;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Team membership at {@code /beheer/teams} and {@code /api/beheer/teams}: adding coaches, taking members off a team,
 * a person who leaves, and their open tasks reassigned or handed back as the coordinator chooses; every change in
 * Camunda's memberships and task assignees, in the audit log, or (refused) nowhere at all. Teams and people of this
 * test's own: the shared database has others.
 */
@IntegrationTest
class TeamTest {

    private static final String WORK_PROCESS = "t-teams-werk";
    private static final String ACTOR = "t.tm.coordinator";
    private static final RequestPostProcessor COORDINATOR = user(ACTOR).roles("coordinator");

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    AuditLog auditLog;
    @LocalServerPort
    int port;

    String u;
    String teamA;
    String teamB;
    String anna;
    String bert;
    String carla;
    String notACoach;

    @BeforeEach
    void teamsAndPeople() {
        u = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        teamA = team("a", "Testteam A " + u);
        teamB = team("b", "Testteam B " + u);
        anna = person("Anna", "coach", teamA, teamB);
        bert = person("Bert", "coach", teamA);
        carla = person("Carla", "coach");
        notACoach = person("Dirk", "verwijzer");
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(WORK_PROCESS).count() == 0) {
            repositoryService.createDeployment().name(WORK_PROCESS)
                    .addModelInstance(WORK_PROCESS + ".bpmn", Bpmn.createExecutableProcess(WORK_PROCESS)
                            .camundaHistoryTimeToLive(365).startEvent("StartEvent_WorkArrived")
                            .userTask("Task_DoWork").name("Doe het werk").camundaCandidateGroups("${team}")
                            .endEvent("EndEvent_WorkDone").done())
                    .deploy();
        }
    }

    // ---------------------------------------------------------------- reading

    @Test
    void teamsPage_listsTheTeamsWithMembers_andTheTeamPageOffersOnlyCoachesOutsideTheTeam() throws Exception {
        String list = page(get("/beheer/teams"));
        assertThat(list).contains("Teams", "Testteam A " + u, "Testteam B " + u, "Anna Test", "Bert Test",
                "/beheer/teams/" + teamA, "WoR-team Oldambt");

        task(teamA, anna);
        String team = page(get("/beheer/teams/" + teamA));
        assertThat(team).contains("Testteam A " + u, "Anna Test", anna, "Bert Test", "Coach toevoegen",
                "value=\"" + carla + "\"", "/beheer/teams/" + teamA + "/leden/" + anna + "/verwijderen",
                "/beheer/teams/leden/" + anna + "/vertrek");
        assertThat(team).as("members and non-coaches are not offered")
                .doesNotContain("value=\"" + anna + "\"", "value=\"" + notACoach + "\"");
        assertThat(team).contains(">Testteam A " + u + ", Testteam B " + u + "</td>");

        String departure = page(get("/beheer/teams/leden/" + anna + "/vertrek"));
        assertThat(page(get("/beheer/teams/" + teamA).param("lang", "en"))).contains("Add a coach", "Leaves")
                .doesNotContain("??");
        assertThat(page(get("/beheer/teams/leden/" + anna + "/vertrek").param("lang", "en")))
                .contains("Anna Test leaves", "Back to the team").doesNotContain("??");
        assertThat(list + team + departure).doesNotContain("??");
    }

    // ---------------------------------------------------------------- adding

    @Test
    void coordinator_addsACoach_toCamundaAndTheAuditLog() throws Exception {
        mvc.perform(post("/beheer/teams/" + teamA + "/leden").param("userId", carla).with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/beheer/teams/" + teamA))
                .andExpect(flash().attribute("notice", "Carla Test is toegevoegd aan Testteam A " + u + "."));
        assertThat(isMember(carla, teamA)).isTrue();
        List<AuditLog.Event> added = auditLog.about(AuditLog.Kind.TEAM_MEMBER_ADDED, teamA);
        assertThat(added).hasSize(1);
        assertThat(added.get(0).actor()).isEqualTo(ACTOR);
        assertThat(added.get(0).detail()).isEqualTo(carla + " toegevoegd aan Testteam A " + u);
    }

    @Test
    void adding_isRefusedInDutch_orIs404_andNothingChanges() throws Exception {
        assertThat(addPage("")).contains("Kies een coach.", "is-invalid");
        assertThat(addPage(notACoach)).contains(notACoach + " is geen coach en kan niet in een team.");
        assertThat(addPage(anna)).contains("Anna Test zit al in Testteam A " + u + ".");
        mvc.perform(post("/beheer/teams/" + teamA + "/leden").param("userId", "t.tm.niemand." + u)
                .with(COORDINATOR).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/beheer/teams/team-bestaat-niet-" + u + "/leden").param("userId", carla)
                .with(COORDINATOR).with(csrf())).andExpect(status().isNotFound());
        // A role group is not a team.
        mvc.perform(get("/beheer/teams/coordinator").with(COORDINATOR)).andExpect(status().isNotFound());
        mvc.perform(post("/beheer/teams/coach/leden").param("userId", carla).with(COORDINATOR).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/beheer/teams/team-bestaat-niet-" + u).with(COORDINATOR)).andExpect(status().isNotFound());

        assertThat(isMember(notACoach, teamA)).isFalse();
        assertThat(identityService.createUserQuery().memberOfGroup("coach").userId(carla).count()).isEqualTo(1);
        assertThat(auditLog.about(AuditLog.Kind.TEAM_MEMBER_ADDED, teamA)).isEmpty();
    }

    // ---------------------------------------------------------------- removing

    @Test
    void removingFromOneOfTwoTeams_handsOverOnlyThatTeamsTasks() throws Exception {
        String taskOfA = task(teamA, anna);
        String taskOfB = task(teamB, anna);

        String confirm = page(get("/beheer/teams/" + teamA + "/leden/" + anna + "/verwijderen"));
        assertThat(confirm).contains("Anna Test uit Testteam A " + u + " halen", "Blijft in: " + teamB,
                "data-task=\"" + taskOfA + "\"", "Terug naar het team", "value=\"" + bert + "\"");
        assertThat(confirm).doesNotContain("data-task=\"" + taskOfB + "\"", "heeft daarna geen team meer");

        mvc.perform(post("/beheer/teams/" + teamA + "/leden/" + anna + "/verwijderen")
                        .param("assignments[" + taskOfA + "]", bert).with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/beheer/teams/" + teamA))
                .andExpect(flash().attribute("notice",
                        "Anna Test is uit het team gehaald; 1 taken overgedragen, 0 terug naar het team."));

        assertThat(isMember(anna, teamA)).isFalse();
        assertThat(isMember(anna, teamB)).isTrue();
        assertThat(assignee(taskOfA)).isEqualTo(bert);
        assertThat(assignee(taskOfB)).as("still anna's: she stays in team B").isEqualTo(anna);
        List<AuditLog.Event> removed = auditLog.about(AuditLog.Kind.TEAM_MEMBER_REMOVED, teamA);
        assertThat(removed).extracting(AuditLog.Event::detail)
                .containsExactly(anna + " verwijderd uit Testteam A " + u);
        assertThat(auditLog.about(AuditLog.Kind.TASKS_REASSIGNED, anna)).extracting(AuditLog.Event::detail)
                .containsExactly("Taak ‘Doe het werk’ (TTM-" + u + "-" + teamA + ") → " + bert);
    }

    @Test
    void removingFromTheLastTeam_givesEachTaskToAnotherMember_orBackToTheTeam_asChosen() throws Exception {
        String toAnna = task(teamA, bert);
        String backToTeam = task(teamA, bert);

        String confirm = page(get("/beheer/teams/" + teamA + "/leden/" + bert + "/verwijderen"));
        assertThat(confirm).contains("Bert Test heeft daarna geen team meer.", "data-task=\"" + toAnna + "\"",
                "data-task=\"" + backToTeam + "\"", "value=\"" + anna + "\"");
        assertThat(confirm).as("the leaver is no candidate").doesNotContain("<option value=\"" + bert + "\"");

        mvc.perform(post("/beheer/teams/" + teamA + "/leden/" + bert + "/verwijderen")
                        .param("assignments[" + toAnna + "]", anna).param("assignments[" + backToTeam + "]", "")
                        .with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice",
                        "Bert Test is uit het laatste team gehaald; 1 taken overgedragen, 1 terug naar het team."));

        assertThat(identityService.createGroupQuery().groupMember(bert).groupType("TEAM").count()).isZero();
        assertThat(assignee(toAnna)).isEqualTo(anna);
        assertThat(assignee(backToTeam)).isNull();
        assertThat(taskService.createTaskQuery().taskId(backToTeam).taskCandidateGroup(teamA).count())
                .as("offered to the team again").isEqualTo(1);
        assertThat(auditLog.about(AuditLog.Kind.TEAM_MEMBER_REMOVED, teamA)).extracting(AuditLog.Event::detail)
                .containsExactly(bert + " verwijderd uit Testteam A " + u + " (laatste team)");
        assertThat(auditLog.about(AuditLog.Kind.TASKS_REASSIGNED, bert).get(0).detail())
                .contains("→ " + anna, "→ terug naar het team");
    }

    @Test
    void aPersonWhoLeaves_leavesEveryTeam_andEveryOpenTaskIsHandledInOneGo() throws Exception {
        String taskOfA = task(teamA, anna);
        String taskOfB = task(teamB, anna);

        String confirm = page(get("/beheer/teams/leden/" + anna + "/vertrek"));
        assertThat(confirm).contains("Anna Test vertrekt", "Gaat uit: Testteam A " + u + ", Testteam B " + u,
                "data-task=\"" + taskOfA + "\"", "data-task=\"" + taskOfB + "\"", "Vertrek verwerken");

        mvc.perform(post("/beheer/teams/leden/" + anna + "/vertrek").param("assignments[" + taskOfA + "]", bert)
                        .with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/beheer/teams"))
                .andExpect(flash().attribute("notice",
                        "Anna Test is uit 2 team(s) gehaald; 1 taken overgedragen, 1 terug naar het team."));

        assertThat(identityService.createGroupQuery().groupMember(anna).groupType("TEAM").count()).isZero();
        assertThat(identityService.createUserQuery().userId(anna).memberOfGroup("coach").count())
                .as("still a coach: only her teams change").isEqualTo(1);
        assertThat(assignee(taskOfA)).isEqualTo(bert);
        assertThat(assignee(taskOfB)).isNull();
        assertThat(auditLog.about(AuditLog.Kind.TEAM_MEMBER_REMOVED, teamA)).extracting(AuditLog.Event::detail)
                .containsExactly(anna + " verwijderd uit Testteam A " + u + " (vertrekt)");
        assertThat(auditLog.about(AuditLog.Kind.TEAM_MEMBER_REMOVED, teamB)).hasSize(1);
        assertThat(auditLog.about(AuditLog.Kind.TASKS_REASSIGNED, anna)).hasSize(1);
    }

    @Test
    void aReassignmentToSomeoneOutsideTheTasksTeam_isRefused_andNothingChanges() throws Exception {
        String taskOfA = task(teamA, bert);

        String page = mvc.perform(post("/beheer/teams/" + teamA + "/leden/" + bert + "/verwijderen")
                        .param("assignments[" + taskOfA + "]", carla).with(COORDINATOR).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Controleer de gemarkeerde keuzes; er is niets gewijzigd.",
                carla + " kan taak ‘Doe het werk’ (TTM-" + u + "-" + teamA + ") niet overnemen: geen lid van het team "
                        + "van die taak.", "is-invalid");

        assertThat(isMember(bert, teamA)).isTrue();
        assertThat(assignee(taskOfA)).isEqualTo(bert);
        assertThat(auditLog.about(AuditLog.Kind.TEAM_MEMBER_REMOVED, teamA)).isEmpty();
        assertThat(auditLog.about(AuditLog.Kind.TASKS_REASSIGNED, bert)).isEmpty();

        mvc.perform(get("/beheer/teams/" + teamB + "/leden/" + bert + "/verwijderen").with(COORDINATOR))
                .andExpect(status().isNotFound());
        mvc.perform(post("/beheer/teams/" + teamB + "/leden/" + bert + "/verwijderen").with(COORDINATOR)
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/beheer/teams/leden/t.tm.niemand." + u + "/vertrek").with(COORDINATOR))
                .andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- sessions and walls

    @Test
    void aCoachTakenOffTheirTeam_isLoggedOut_soTheTeamsCasesAreGoneAtOnce() throws Exception {
        String fenna = person("Fenna", "coach", teamA);
        Http browser = Http.loggedIn(port, fenna, TestUsers.PASSWORD);
        assertThat(browser.get("/werkvoorraad").statusCode()).isEqualTo(200);

        mvc.perform(post("/beheer/teams/" + teamA + "/leden/" + fenna + "/verwijderen").with(COORDINATOR)
                .with(csrf())).andExpect(status().is3xxRedirection());

        HttpResponse<String> after = browser.get("/werkvoorraad");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void coach_gets403_onEveryTeamPageAndCall() throws Exception {
        RequestPostProcessor coach = user(anna).roles("coach", teamA);
        mvc.perform(get("/beheer/teams").with(coach)).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/teams/" + teamA).with(coach)).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/teams/" + teamA + "/leden").param("userId", carla).with(coach).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/beheer/teams/leden/" + bert + "/vertrek").with(coach).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/beheer/teams").with(coach)).andExpect(status().isForbidden());
        mvc.perform(delete("/api/beheer/teams/" + teamA + "/members/" + bert).with(coach).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(isMember(carla, teamA)).isFalse();
        assertThat(isMember(bert, teamA)).isTrue();
    }

    // ---------------------------------------------------------------- API

    @Test
    void api_listsAddsAndRemoves_withDutchErrorsAnd404s() throws Exception {
        JsonNode teams = json(mvc.perform(get("/api/beheer/teams").with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode a = null;
        for (JsonNode team : teams) {
            if (team.get("id").asText().equals(teamA)) {
                a = team;
            }
        }
        assertThat(a).isNotNull();
        assertThat(a.get("name").asText()).isEqualTo("Testteam A " + u);
        assertThat(a.get("members")).extracting(m -> m.get("userId").asText()).containsExactly(anna, bert);
        assertThat(a.get("members").get(0).get("teams")).extracting(JsonNode::asText)
                .containsExactly("Testteam A " + u, "Testteam B " + u);

        JsonNode added = json(api(post("/api/beheer/teams/" + teamA + "/members")
                .content("{\"userId\":\"" + carla + "\"}"), 201));
        assertThat(added.get("members")).extracting(m -> m.get("userId").asText()).contains(carla);
        assertThat(isMember(carla, teamA)).isTrue();

        assertThat(api(post("/api/beheer/teams/" + teamA + "/members").content("{}"), 400))
                .contains("{\"field\":\"userId\",\"message\":\"Kies een coach.\"}");
        assertThat(api(post("/api/beheer/teams/" + teamA + "/members").content("{\"userId\":\"" + notACoach + "\"}"),
                400)).contains("is geen coach");
        assertThat(api(post("/api/beheer/teams/" + teamA + "/members").content("{\"userId\":\"" + carla + "\"}"),
                400)).contains("zit al in");
        assertThat(api(post("/api/beheer/teams/" + teamA + "/members").content("{\"userId\":\"t.tm.niemand\"}"),
                404)).contains("Gebruiker t.tm.niemand bestaat niet.");
        assertThat(api(post("/api/beheer/teams/team-niet-" + u + "/members").content("{\"userId\":\"" + carla
                + "\"}"), 404)).contains("bestaat niet");
        assertThat(api(post("/api/beheer/teams/" + teamA + "/members").content("{kapot"), 400))
                .contains("geen geldige JSON");

        String taskOfA = task(teamA, bert);
        assertThat(api(delete("/api/beheer/teams/" + teamA + "/members/" + bert).param("reassignTo", notACoach),
                400)).contains("\"field\":\"reassignTo\"", "niet overnemen");
        assertThat(isMember(bert, teamA)).isTrue();

        JsonNode removed = json(api(delete("/api/beheer/teams/" + teamA + "/members/" + bert)
                .param("reassignTo", carla), 200));
        assertThat(removed.get("userId").asText()).isEqualTo(bert);
        assertThat(removed.get("leftLastTeam").asBoolean()).isTrue();
        assertThat(removed.get("teamsLeft")).extracting(JsonNode::asText).containsExactly(teamA);
        assertThat(removed.get("tasks").get(0).get("taskId").asText()).isEqualTo(taskOfA);
        assertThat(removed.get("tasks").get(0).get("assignee").asText()).isEqualTo(carla);
        assertThat(assignee(taskOfA)).isEqualTo(carla);
        assertThat(isMember(bert, teamA)).isFalse();

        assertThat(api(delete("/api/beheer/teams/" + teamA + "/members/" + bert), 404)).contains("is geen lid van");
        assertThat(auditLog.about(AuditLog.Kind.TEAM_MEMBER_ADDED, teamA)).hasSize(1);
        assertThat(auditLog.about(AuditLog.Kind.TEAM_MEMBER_REMOVED, teamA)).hasSize(1);
        assertThat(auditLog.about(AuditLog.Kind.TASKS_REASSIGNED, bert)).hasSize(1);
    }

    // ---------------------------------------------------------------- helpers

    /** A person of this test, e.g. t.tm.<u>.anna named "Anna Test", who can log in with TestUsers.PASSWORD. */
    private String person(String firstName, String... groups) {
        String id = "t.tm." + u + "." + firstName.toLowerCase();
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName("Test");
        user.setPassword(TestUsers.PASSWORD);
        identityService.saveUser(user);
        for (String group : groups) {
            identityService.createMembership(id, group);
        }
        return id;
    }

    private String team(String suffix, String name) {
        String id = "team-t-tm-" + u + "-" + suffix;
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(TeamService.TEAM_TYPE);
        identityService.saveGroup(group);
        return id;
    }

    /** An open task offered to the team and assigned to the person; its case number is TTM-u-team. */
    private String task(String team, String assignee) {
        String instance = runtimeService.startProcessInstanceByKey(WORK_PROCESS, "TTM-" + u + "-" + team,
                Map.of("team", team)).getId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        taskService.setAssignee(task.getId(), assignee);
        return task.getId();
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private boolean isMember(String userId, String groupId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 1;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(COORDINATOR)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private String addPage(String userId) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(post("/beheer/teams/" + teamA + "/leden").param("userId", userId)
                        .with(COORDINATOR).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String api(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return mvc.perform(request.contentType("application/json").with(COORDINATOR).with(csrf()))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String body) throws Exception {
        return new ObjectMapper().readTree(body);
    }
}
