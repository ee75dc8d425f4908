package nl.welzijnsroute.hulpbronnen;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckArrivals (verkennend-gesprek): did the person arrive at a hulpbron of this handover round? */
@Component
class CheckArrivalsDelegate implements JavaDelegate {

    private final PlacementService placements;

    CheckArrivalsDelegate(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object round = execution.getVariable(WarmeOverdrachtProcess.Var.HANDOVER_ROUND);
        List<Long> ids = round == null || round.toString().isBlank() ? List.of()
                : Arrays.stream(round.toString().split(",")).map(Long::valueOf).toList();
        execution.setVariable(WarmeOverdrachtProcess.Var.CLIENT_ARRIVED, placements.anyAttending(ids));
    }
}
