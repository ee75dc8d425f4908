package nl.welzijnsroute.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code processes/verkennend-gesprek-routing.dmn}, rule by rule, as deployed (read from the classpath). */
class VerkennendGesprekRoutingDecisionTest {

    private static final String[] ENTRIES = {"SCHOOL", "DIGITAL_COMMUNITY", "GGZ", "LEEFSTIJLLOKET", "SELF"};

    private static DmnDecision decision;
    private static DmnEngine dmnEngine;

    @BeforeAll
    static void parse() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = VerkennendGesprekRoutingDecisionTest.class
                .getResourceAsStream("/processes/verkennend-gesprek-routing.dmn")) {
            decision = dmnEngine.parseDecision(WorProcess.VERKENNEND_GESPREK_ROUTING_DECISION, dmn);
        }
    }

    @ParameterizedTest(name = "{0}, {1}, {2} jaar → {3}")
    @CsvSource({
            "SCHOOL, Eemsdelta, 40, team-eemsdelta",
            "SCHOOL, Groningen, 35, team-groningen",
            "DIGITAL_COMMUNITY, Het Hogeland, 40, team-het-hogeland",
            "GGZ, Midden-Groningen, 52, team-midden-groningen",
            "LEEFSTIJLLOKET, Oldambt, 40, team-oldambt",
            "SELF, Pekela, 40, team-pekela",
            "GGZ, Stadskanaal, 52, team-stadskanaal",
            "SCHOOL, Veendam, 40, team-veendam",
            "SELF, Westerkwartier, 40, team-westerkwartier",
            "LEEFSTIJLLOKET, Westerwolde, 40, team-westerwolde",
    })
    void everyGemeenteHasItsOwnTeam_forEveryEntry(String source, String gemeente, int leeftijd, String team) {
        assertThat(route(source, gemeente, leeftijd)).isEqualTo(team);
    }

    @ParameterizedTest(name = "{0} in Groningen, {1} jaar → {2}")
    @CsvSource({
            "SCHOOL, 11, team-groningen",
            "SCHOOL, 12, team-jongeren-groningen",
            "DIGITAL_COMMUNITY, 27, team-jongeren-groningen",
            "DIGITAL_COMMUNITY, 28, team-groningen",
            "SELF, 16, team-jongeren-groningen",
    })
    void youngPeopleInGroningenGoToTheYouthRoute_fromEveryEntry_atTheEdges(String source, int leeftijd, String team) {
        assertThat(route(source, "Groningen", leeftijd)).isEqualTo(team);
    }

    @Test
    void theEntryDoesNotChangeTheTeam_today() {
        for (String source : ENTRIES) {
            assertThat(route(source, "Stadskanaal", 30)).isEqualTo("team-stadskanaal");
            assertThat(route(source, "Groningen", 20)).isEqualTo("team-jongeren-groningen");
        }
    }

    @Test
    void aGemeenteOutsideTheRegionMatchesNoRule_soTheCoordinatorRoutesIt() {
        DmnDecisionTableResult result = evaluate("GGZ", "Assen", 40);
        assertThat(result.isEmpty()).isTrue();
    }

    @Test
    void everyRuleIsReachable_andNoInputMatchesTwo() {
        assertThat(Stream.of("Eemsdelta", "Groningen", "Het Hogeland", "Midden-Groningen", "Oldambt", "Pekela",
                        "Stadskanaal", "Veendam", "Westerkwartier", "Westerwolde")
                .flatMap(g -> IntStream.of(12, 40).mapToObj(age -> route("SELF", g, age))).distinct()).hasSize(11);
    }

    private String route(String source, String gemeente, int leeftijd) {
        return evaluate(source, gemeente, leeftijd).getSingleResult().getSingleEntry();
    }

    private DmnDecisionTableResult evaluate(String source, String gemeente, int leeftijd) {
        return dmnEngine.evaluateDecisionTable(decision,
                Map.of("source", source, "gemeente", gemeente, "leeftijd", leeftijd));
    }
}
