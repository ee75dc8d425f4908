package nl.welzijnsroute.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.welzijnsroute.support.Http;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Regression tests for the walls around the engine (Camunda 7.24 gets no public security fixes): over real HTTP,
 * because MockMvc does not reach Jersey or the servlet filters.
 */
@IntegrationTest
class SecurityWallsTest {

    private static final String COORDINATOR = "t.coordinator";
    private static final String COACH = "t.coach";
    private static final String HUISARTS = "t.huisarts.walls";
    private static final String PW = TestUsers.PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngine engine;

    Http http;

    @BeforeEach
    void setUp() {
        users.user(COORDINATOR, Roles.COORDINATOR);
        users.user(COACH, Roles.COACH, "team-stadskanaal");
        users.huisarts(HUISARTS, "PR-T-WALLS");
        http = Http.anonymous(port);
    }

    @Test
    void engineRest_refusesAnonymousCallers() {
        assertThat(http.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(http.postJson("/engine-rest/decision-definition/key/wor-routing/evaluate", "{}", null, null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void engineRest_refusesAWrongPassword() {
        String coordinator = users.user("t.coordinator.typo", Roles.COORDINATOR);
        assertThat(http.get("/engine-rest/process-definition", coordinator, "wrong").statusCode()).isEqualTo(401);
        // No lock-out: the right password works straight after a wrong one.
        assertThat(http.get("/engine-rest/process-definition", coordinator, PW).statusCode()).isEqualTo(200);
    }

    @Test
    void engineRest_isForCoordinatorsAndAdministratorsOnly() {
        assertThat(http.get("/engine-rest/process-definition", COACH, PW).statusCode()).isEqualTo(403);
        assertThat(http.get("/engine-rest/process-definition", HUISARTS, PW).statusCode()).isEqualTo(403);

        HttpResponse<String> definitions = http.get("/engine-rest/process-definition", COORDINATOR, PW);
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).contains("\"key\":\"welzijn-op-recept\"");
    }

    @Test
    void engineRest_evaluatesTheRoutingTableForACoordinator() {
        HttpResponse<String> result = http.postJson("/engine-rest/decision-definition/key/wor-routing/evaluate",
                "{\"variables\":{\"gemeente\":{\"value\":\"Stadskanaal\",\"type\":\"String\"},"
                        + "\"leeftijd\":{\"value\":40,\"type\":\"Integer\"}}}", COORDINATOR, PW);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("\"team\"").contains("\"value\":\"team-stadskanaal\"");
    }

    @Test
    void engineRest_refusesExpressionsInQueryParameters() {
        HttpResponse<String> refused = http.get("/engine-rest/task?nameLike=%24%7BsomeBean.run()%7D", COORDINATOR,
                PW);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Expressions are not allowed");
        assertThat(http.get("/engine-rest/task?assignee=%23%7Bx%7D", COORDINATOR, PW).statusCode()).isEqualTo(400);
        // An ordinary query still works.
        assertThat(http.get("/engine-rest/task?nameLike=%25contact%25", COORDINATOR, PW).statusCode())
                .isEqualTo(200);
    }

    @Test
    void engineRest_refusesExpressionsInQueryBodies_evenWhenEscaped() {
        String orQuery = "{\"orQueries\":[{\"assigneeExpression\":\"${execution.getProcessEngineServices()}\"}]}";
        assertThat(http.postJson("/engine-rest/task", orQuery, COORDINATOR, PW).statusCode()).isEqualTo(400);
        String escaped = "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{currentUser()}\"}]}";
        assertThat(http.postJson("/engine-rest/task", escaped, COORDINATOR, PW).statusCode()).isEqualTo(400);
        String hash = "{\"nameLike\":\"#{x}\"}";
        assertThat(http.postJson("/engine-rest/task/count", hash, COORDINATOR, PW).statusCode()).isEqualTo(400);
        assertThat(http.postJson("/engine-rest/task/count", "{\"nameLike\":\"%contact%\"}", COORDINATOR, PW)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void coordinators_cannotDeployThroughEngineRest_becauseADeploymentCanCarryCode() {
        String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"t\"><process id=\"intruder\""
                + " isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><startEvent id=\"s\"/></process></definitions>";
        String boundary = "----welzijnsroute" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nintruder\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"intruder.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/engine-rest/deployment/create"))
                .header("Authorization", Http.basic(COORDINATOR, PW))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("intruder").count())
                .isZero();
    }

    @Test
    void adminSetupEndpoint_isUnreachable_andCreatesNoAdministrator() {
        String body = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\",\"email\":\"i@x.nl\"},"
                + "\"credentials\":{\"password\":\"intruder-password\"}}";
        HttpResponse<String> anonymous = http.postJson("/camunda/api/admin/setup/default/user/create", body, null,
                null);
        assertThat(anonymous.statusCode()).isIn(401, 403);
        Http coordinator = Http.loggedIn(port, COORDINATOR, PW);
        HttpResponse<String> loggedIn = coordinator.send(HttpRequest.newBuilder(
                        coordinator.uri("/camunda/api/admin/setup/default/user/create"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(loggedIn.statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void camundaAdminGroup_hasADirectMember() {
        assertThat(identityService.createUserQuery().memberOfGroup(Roles.CAMUNDA_ADMIN).count()).isPositive();
    }

    @Test
    void engineAuthorizations_areOn() {
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    }

    @Test
    void camundaWebappLoginForm_cannotBypassTheAppLogin() {
        HttpResponse<String> login = http.postForm("/camunda/api/admin/auth/user/default/login/cockpit",
                "username=" + COORDINATOR + "&password=" + PW);
        assertThat(login.statusCode()).isIn(401, 403);
    }

    @Test
    void camundaLogout_endsTheWholeSession() {
        Http coordinator = Http.loggedIn(port, COORDINATOR, PW);
        assertThat(coordinator.get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> logout = coordinator.send(HttpRequest.newBuilder(
                        coordinator.uri("/camunda/api/admin/auth/user/default/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(coordinator.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void appPages_needALogin() {
        HttpResponse<String> home = http.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(http.get("/actuator/health").body()).contains("UP");
    }
}
