package nl.welzijnsroute.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.welzijnsroute.support.Http;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One login for the app and the Camunda webapps, which are for coordinators only. Runs in a JVM of its own
 * (surefire execution "webapps"): the webapps keep static references to the first Spring context they see.
 */
@IntegrationTest
class CamundaWebappSsoTest {

    private static final String COORDINATOR = "t.coordinator";
    private static final String COACH = "t.coach";
    private static final String PW = TestUsers.PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    Http http;

    @BeforeEach
    void setUp() {
        users.user(COORDINATOR, Roles.COORDINATOR);
        users.user(COACH, Roles.COACH, "team-stadskanaal");
        http = Http.anonymous(port);
    }

    @Test
    void camundaWebapps_areForCoordinatorsOnly() {
        HttpResponse<String> anonymousPage = http.get("/camunda/app/cockpit/default/");
        assertThat(anonymousPage.statusCode()).isEqualTo(302);
        assertThat(anonymousPage.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(http.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);

        Http coach = Http.loggedIn(port, COACH, PW);
        assertThat(coach.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(coach.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(403);

        // One login: the coordinator's app session is also their Cockpit session.
        Http coordinator = Http.loggedIn(port, COORDINATOR, PW);
        // Opening a webapp page is what hands the login to Camunda's session.
        assertThat(coordinator.get("/camunda/app/cockpit/default/").statusCode()).isNotIn(401, 403);
        HttpResponse<String> auth = coordinator.get("/camunda/api/admin/auth/user/default");
        assertThat(auth.statusCode()).isEqualTo(200);
        assertThat(auth.body()).contains("\"userId\":\"" + COORDINATOR + "\"").contains("cockpit");
    }

}
