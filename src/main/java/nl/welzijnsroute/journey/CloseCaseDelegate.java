package nl.welzijnsroute.journey;

import nl.welzijnsroute.referral.ClosureReason;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseCase: closes the case with the reason the path (or the coach) set. */
@Component
class CloseCaseDelegate implements JavaDelegate {

    private final CaseJourneyService journey;

    CloseCaseDelegate(CaseJourneyService journey) {
        this.journey = journey;
    }

    @Override
    public void execute(DelegateExecution execution) {
        journey.closeCase(Variables.caseId(execution),
                ClosureReason.valueOf(Variables.string(execution, WorProcess.Var.CLOSURE_REASON)));
    }
}
