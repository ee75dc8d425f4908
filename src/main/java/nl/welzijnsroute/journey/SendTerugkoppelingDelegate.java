package nl.welzijnsroute.journey;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendTerugkoppeling*: the moment comes from the task's input parameter terugkoppelingMoment. */
@Component
class SendTerugkoppelingDelegate implements JavaDelegate {

    private final TerugkoppelingService terugkoppeling;

    SendTerugkoppelingDelegate(TerugkoppelingService terugkoppeling) {
        this.terugkoppeling = terugkoppeling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terugkoppeling.send(Variables.caseId(execution), Terugkoppeling.Moment.valueOf(
                Variables.string(execution, WorProcess.Var.TERUGKOPPELING_MOMENT)),
                Variables.string(execution, WorProcess.Var.CONCERN_TARGET));
    }
}
