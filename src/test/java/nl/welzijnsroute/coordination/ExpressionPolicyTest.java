package nl.welzijnsroute.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import nl.welzijnsroute.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Deploying must not mean running code: which expressions pass. */
@IntegrationTest
class ExpressionPolicyTest {

    @Autowired
    ExpressionPolicy policy;

    @ParameterizedTest
    @ValueSource(strings = {"${team}", "${team != null}", "${contactOutcome == 'NOT_REACHED' && contactAttempts < 3}",
            "${execution.setVariable('closureReason', 'DECLINED')}", "${execution.getVariable('team') != null}",
            "#{execution.processBusinessKey}", "${leeftijd >= 12 ? 'jong' : 'oud'}", "${now()}",
            "Casus ${caseId}"})
    void harmlessExpressionsPass(String expression) {
        assertThat(policy.check(expression)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${jdbcTemplate.execute('DELETE FROM client')}", "${jdbcTemplate}",
            "${execution.getProcessEngineServices().getRuntimeService()}",
            "${execution.processEngineServices.runtimeService}", "${execution['processEngineServices']}",
            "${''.getClass().forName('java.lang.Runtime')}", "${team.bytes}", "${fn:exec('x')}",
            "${execution.setVariable('x', referralService.hashCode())}", "${ongesloten"})
    void codeCallingExpressionsAreRefused(String expression) {
        assertThat(policy.check(expression)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${sendTerugkoppelingDelegate}", "#{assignCaseToTeamDelegate}"})
    void theAppsOwnDelegatesPass(String expression) {
        assertThat(policy.checkDelegateExpression(expression)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${jdbcTemplate}", "${sendTerugkoppelingDelegate.execute(null)}", "${geenBean}",
            "${processEngine}"})
    void otherDelegateExpressionsAreRefused(String expression) {
        assertThat(policy.checkDelegateExpression(expression)).isPresent();
    }
}
