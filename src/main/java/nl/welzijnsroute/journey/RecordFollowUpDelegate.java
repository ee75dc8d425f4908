package nl.welzijnsroute.journey;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordFollowUp: stores the follow-up moment and keeps the count the gateway routes on. */
@Component
class RecordFollowUpDelegate implements JavaDelegate {

    private final CaseJourneyService journey;

    RecordFollowUpDelegate(CaseJourneyService journey) {
        this.journey = journey;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int count = journey.recordFollowUp(Variables.caseId(execution),
                Variables.string(execution, WorProcess.Var.FOLLOW_UP_OUTCOME));
        execution.setVariable(WorProcess.Var.FOLLOW_UP_COUNT, count);
    }
}
