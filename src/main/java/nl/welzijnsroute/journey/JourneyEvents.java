package nl.welzijnsroute.journey;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** What people do to a running journey from outside its tasks, as messages to the process. */
@Service
public class JourneyEvents {

    private final RuntimeService runtimeService;

    JourneyEvents(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Sends the case back to the huisarts or GGZ ({@code target}), wherever the guidance is. Correlates by the case
     * number, so it reaches the verkennend gesprek also when Welzijn op Recept called it.
     *
     * @return false when the case is not in guidance (closed, or not yet with a team)
     */
    public boolean raiseSeriousConcern(String caseNumber, String target) {
        // Ask first, so an ordinary "not now" is not an engine error in the log.
        if (runtimeService.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName(WorProcess.SERIOUS_CONCERN_MESSAGE).count() == 0) {
            return false;
        }
        try {
            runtimeService.createMessageCorrelation(WorProcess.SERIOUS_CONCERN_MESSAGE)
                    .processInstanceBusinessKey(caseNumber)
                    .setVariable(WorProcess.Var.CONCERN_TARGET, target)
                    .correlateWithResult();
            return true;
        } catch (MismatchingMessageCorrelationException notWaiting) {
            return false;
        }
    }
}
