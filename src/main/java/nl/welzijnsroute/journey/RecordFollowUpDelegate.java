package nl.welzijnsroute.journey;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordFollowUp: stores the follow-up moment, keeps the count the gateway routes on and sets the next
 * moment's due date from the plan.
 */
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
        FollowUpPlanner plan = FollowUpPlanner.parse(Variables.string(execution, WorProcess.Var.FOLLOW_UP_SCHEDULE));
        Object from = execution.getVariable(WorProcess.Var.FOLLOW_UPS_PLANNED_FROM);
        execution.setVariable(WorProcess.Var.FOLLOW_UP_DUE_DATE,
                from instanceof Date plannedFrom ? plan.dueDate(plannedFrom, count) : null);
    }
}
