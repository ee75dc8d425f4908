package nl.welzijnsroute.journey;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordVerkennendGesprek: stores the conversation held and moves the case to 'in gesprek'. */
@Component
class RecordVerkennendGesprekDelegate implements JavaDelegate {

    private final CaseJourneyService journey;

    RecordVerkennendGesprekDelegate(CaseJourneyService journey) {
        this.journey = journey;
    }

    @Override
    public void execute(DelegateExecution execution) {
        journey.recordConversation(Variables.caseId(execution),
                Variables.date(execution, WorProcess.Var.CONVERSATION_DATE),
                Variables.bool(execution, WorProcess.Var.ERVARINGSDESKUNDIGE_PRESENT),
                Variables.string(execution, WorProcess.Var.CONVERSATION_OUTCOME));
    }
}
