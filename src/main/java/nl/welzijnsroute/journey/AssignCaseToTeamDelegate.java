package nl.welzijnsroute.journey;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AssignCaseToTeam: records the team that routing (or the coordinator) chose on the case. */
@Component
class AssignCaseToTeamDelegate implements JavaDelegate {

    private final CaseJourneyService journey;

    AssignCaseToTeamDelegate(CaseJourneyService journey) {
        this.journey = journey;
    }

    @Override
    public void execute(DelegateExecution execution) {
        journey.assignTeam(Variables.caseId(execution), Variables.string(execution, WorProcess.Var.TEAM));
    }
}
