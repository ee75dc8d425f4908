package nl.welzijnsroute.journey;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordHandover: stores the warm handover and moves the case to 'overgedragen aan ...'. */
@Component
class RecordHandoverDelegate implements JavaDelegate {

    private final CaseJourneyService journey;

    RecordHandoverDelegate(CaseJourneyService journey) {
        this.journey = journey;
    }

    @Override
    public void execute(DelegateExecution execution) {
        journey.recordHandover(Variables.caseId(execution),
                Variables.string(execution, WorProcess.Var.HULPBRON_NAME),
                Variables.bool(execution, WorProcess.Var.CLIENT_ARRIVED));
    }
}
