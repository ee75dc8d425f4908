package nl.welzijnsroute.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code processes/wor-routing.dmn}, rule by rule, as deployed (read from the classpath). */
class WorRoutingDecisionTest {

    private static DmnDecision decision;
    private static DmnEngine dmnEngine;

    @BeforeAll
    static void parse() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = WorRoutingDecisionTest.class.getResourceAsStream("/processes/wor-routing.dmn")) {
            decision = dmnEngine.parseDecision(WorProcess.ROUTING_DECISION, dmn);
        }
    }

    @ParameterizedTest(name = "{0}, {1} jaar → {2}")
    @CsvSource({
            "Eemsdelta, 40, team-eemsdelta",
            "Groningen, 40, team-groningen",
            "Het Hogeland, 40, team-het-hogeland",
            "Midden-Groningen, 40, team-midden-groningen",
            "Oldambt, 40, team-oldambt",
            "Pekela, 40, team-pekela",
            "Stadskanaal, 40, team-stadskanaal",
            "Veendam, 40, team-veendam",
            "Westerkwartier, 40, team-westerkwartier",
            "Westerwolde, 40, team-westerwolde",
    })
    void everyGemeenteHasItsOwnTeam(String gemeente, int leeftijd, String team) {
        assertThat(route(gemeente, leeftijd)).isEqualTo(team);
    }

    @ParameterizedTest(name = "Groningen, {0} jaar → {1}")
    @CsvSource({
            "11, team-groningen",
            "12, team-jongeren-groningen",
            "20, team-jongeren-groningen",
            "27, team-jongeren-groningen",
            "28, team-groningen",
    })
    void youngPeopleInGroningenGoToTheYouthRoute_atTheEdges(int leeftijd, String team) {
        assertThat(route("Groningen", leeftijd)).isEqualTo(team);
    }

    @ParameterizedTest(name = "{0}, {1} jaar → {2}")
    @CsvSource({
            "Stadskanaal, 12, team-stadskanaal",
            "Stadskanaal, 27, team-stadskanaal",
            "Veendam, 18, team-veendam",
    })
    void theYouthRuleHoldsOnlyInGroningen(String gemeente, int leeftijd, String team) {
        assertThat(route(gemeente, leeftijd)).isEqualTo(team);
    }

    @Test
    void aGemeenteOutsideTheRegionMatchesNoRule() {
        DmnDecisionTableResult result = evaluate("Assen", 40);
        assertThat(result.isEmpty()).isTrue();
    }

    @Test
    void everyRuleIsReachable() {
        // Ten gemeenten plus the youth rule; UNIQUE hit policy means no input matches two rules.
        assertThat(decision.getDecisionLogic()).isNotNull();
        assertThat(java.util.stream.Stream.of("Eemsdelta", "Groningen", "Het Hogeland", "Midden-Groningen",
                "Oldambt", "Pekela", "Stadskanaal", "Veendam", "Westerkwartier", "Westerwolde")
                .flatMap(g -> java.util.stream.IntStream.of(12, 40).mapToObj(age -> route(g, age)))
                .distinct()).hasSize(11);
    }

    private String route(String gemeente, int leeftijd) {
        String team = evaluate(gemeente, leeftijd).getSingleResult().getSingleEntry();
        return team;
    }

    private DmnDecisionTableResult evaluate(String gemeente, int leeftijd) {
        return dmnEngine.evaluateDecisionTable(decision, Map.of("gemeente", gemeente, "leeftijd", leeftijd));
    }
}
