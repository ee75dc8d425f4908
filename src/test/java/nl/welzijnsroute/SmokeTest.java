package nl.welzijnsroute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.welzijnsroute.demo.DemoDataLoader;
import nl.welzijnsroute.support.Http;
import nl.welzijnsroute.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The quick start as a newcomer meets it: the demo users and cases, and a Dutch start page per role. */
@IntegrationTest
class SmokeTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoDataLoader demoData;

    @BeforeEach
    void loadDemoData() {
        // Demo data is off in tests; load it the way the first H2 start does.
        demoData.load();
    }

    @Test
    void healthIsUp() {
        HttpResponse<String> health = Http.anonymous(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void loginPageIsDutch_andListsNoDemoUsersWhileDemoDataIsOff() {
        String login = Http.anonymous(port).get("/login").body();
        assertThat(login).contains("lang=\"nl\"", "Inloggen", "Gebruikersnaam", "Wachtwoord");
        assertThat(login).doesNotContain("demo-users", "coach.stadskanaal");
    }

    @Test
    void coachStadskanaal_seesADutchStartPageWithOnlyTheirTeamsWork() {
        Http coach = Http.loggedIn(port, "coach.stadskanaal", "demo");
        HttpResponse<String> home = coach.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"nl\"", "Welkom, coach.stadskanaal", "Werkvoorraad");
        // Other tests share this database, so look the demo cases up rather than expect them on page one.
        assertThat(coach.get("/werkvoorraad?q=Martje").body()).contains("<td>Martje Smit</td>", "Voer verkennend gesprek");
        assertThat(coach.get("/werkvoorraad?q=Jessica").body()).doesNotContain("<td>Jessica de Boer</td>");
        assertThat(coach.get("/werkvoorraad?q=Sem%20Visser").body()).doesNotContain("<td>Sem Visser</td>");
        // A coordinator finds them: the search itself works.
        Http coordinator = Http.loggedIn(port, "coordinator", "demo");
        assertThat(coordinator.get("/werkvoorraad?q=Jessica").body()).contains("<td>Jessica de Boer</td>");
    }

    @Test
    void huisarts_seesTheirOwnReferralsWithStatusInWords() {
        Http huisarts = Http.loggedIn(port, "huisarts.jansen", "demo");
        String home = huisarts.get("/").body();
        assertThat(home).contains("Mijn verwijzingen", "Jessica de Boer", "Sem Visser");
        assertThat(home).doesNotContain("Martje Smit", "Henk Bakker");
    }

    @Test
    void coach_findsTheSocialeKaart() {
        Http coach = Http.loggedIn(port, "coach.stadskanaal", "demo");
        HttpResponse<String> kaart = coach.get("/hulpbronnen");
        assertThat(kaart.statusCode()).isEqualTo(200);
        assertThat(kaart.body()).contains("Hulpbronnen");
    }

    @Test
    void schoolMentor_seesTheVerkennendGesprekTheyAskedFor() {
        Http mentor = Http.loggedIn(port, "verwijzer.school", "demo");
        String home = mentor.get("/").body();
        assertThat(home).contains("Mijn verwijzingen", "Henk Bakker").doesNotContain("Jessica de Boer");
        assertThat(mentor.get("/verwijzen").body()).contains("Verkennend gesprek aanvragen");
    }
}
