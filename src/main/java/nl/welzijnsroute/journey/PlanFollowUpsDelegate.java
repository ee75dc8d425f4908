package nl.welzijnsroute.journey;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PlanFollowUps: turns the decision's schedule into the number of moments and the first due date. Each
 * handover starts its own series.
 */
@Component
class PlanFollowUpsDelegate implements JavaDelegate {

    private final Clock clock;

    PlanFollowUpsDelegate(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FollowUpPlanner plan = FollowUpPlanner.parse(Variables.string(execution, WorProcess.Var.FOLLOW_UP_SCHEDULE));
        Date now = Date.from(clock.instant());
        execution.setVariable(WorProcess.Var.FOLLOW_UPS_PLANNED, plan.planned());
        execution.setVariable(WorProcess.Var.FOLLOW_UPS_PLANNED_FROM, now);
        execution.setVariable(WorProcess.Var.FOLLOW_UP_COUNT, 0);
        execution.setVariable(WorProcess.Var.FOLLOW_UP_DUE_DATE, plan.dueDate(now, 0));
    }
}
