package nl.welzijnsroute.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code processes/follow-up-schedule.dmn} rule by rule, and how the plan reads its answer. */
class FollowUpScheduleDecisionTest {

    private static DmnDecision decision;
    private static DmnEngine dmnEngine;

    @BeforeAll
    static void parse() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = FollowUpScheduleDecisionTest.class.getResourceAsStream("/processes/follow-up-schedule.dmn")) {
            decision = dmnEngine.parseDecision(WorProcess.FOLLOW_UP_DECISION, dmn);
        }
    }

    @ParameterizedTest(name = "{0}, {1} jaar → {2}")
    @CsvSource(delimiter = ';', value = {
            // Rule_Leefstijlzorgloket: two contact moments, whatever the age
            "LEEFSTIJLLOKET; 20; 14,42",
            "LEEFSTIJLLOKET; 60; 14,42",
            // Rule_Jongeren, at its edges
            "SCHOOL; 12; 14,42,84",
            "DIGITAL_COMMUNITY; 27; 14,42,84",
            "HUISARTS; 20; 14,42,84",
            // Rule_Volwassenen
            "HUISARTS; 28; 28,84",
            "GGZ; 52; 28,84",
            "SELF; 70; 28,84",
            "SCHOOL; 11; 28,84",
    })
    void schedule(String source, int leeftijd, String expected) {
        assertThat(schedule(source, leeftijd)).isEqualTo(expected);
    }

    @Test
    void everyAnswerIsAValidPlan() {
        for (String source : List.of("HUISARTS", "SCHOOL", "DIGITAL_COMMUNITY", "GGZ", "LEEFSTIJLLOKET", "SELF")) {
            for (int age : new int[] {12, 20, 27, 28, 45, 90}) {
                assertThat(FollowUpPlanner.parse(schedule(source, age)).planned()).isBetween(1, 5);
            }
        }
    }

    @Test
    void thePlanGivesDueDatesAfterTheHandover_andNoneBeyondTheLastMoment() {
        FollowUpPlanner plan = FollowUpPlanner.parse("14, 42");
        Date from = new Date(0);
        assertThat(plan.planned()).isEqualTo(2);
        assertThat(plan.dueDate(from, 0)).isEqualTo(new Date(14L * 24 * 3600 * 1000));
        assertThat(plan.dueDate(from, 1)).isEqualTo(new Date(42L * 24 * 3600 * 1000));
        assertThat(plan.dueDate(from, 2)).isNull();
        assertThat(FollowUpPlanner.parse("").planned()).isZero();
    }

    @Test
    void aScheduleThatIsNotAscendingDays_failsLoudly() {
        assertThatThrownBy(() -> FollowUpPlanner.parse("42,14")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FollowUpPlanner.parse("twee weken")).isInstanceOf(NumberFormatException.class);
    }

    private String schedule(String source, int leeftijd) {
        return dmnEngine.evaluateDecisionTable(decision, Map.of("source", source, "leeftijd", leeftijd))
                .getSingleResult().getSingleEntry();
    }
}
