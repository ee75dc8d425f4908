package nl.welzijnsroute.journey;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordContactAttempt: stores the attempt and keeps the count the gateway routes on. */
@Component
class RecordContactAttemptDelegate implements JavaDelegate {

    private final CaseJourneyService journey;

    RecordContactAttemptDelegate(CaseJourneyService journey) {
        this.journey = journey;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int attempts = journey.recordContactAttempt(Variables.caseId(execution),
                Variables.string(execution, WorProcess.Var.CONTACT_OUTCOME),
                Variables.string(execution, WorProcess.Var.CONTACT_CHANNEL));
        execution.setVariable(WorProcess.Var.CONTACT_ATTEMPTS, attempts);
    }
}
