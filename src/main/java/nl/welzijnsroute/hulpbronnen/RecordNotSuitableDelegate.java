package nl.welzijnsroute.hulpbronnen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordNotSuitable: the facilitator found the hulpbron not suitable; back to the coach. */
@Component
class RecordNotSuitableDelegate implements JavaDelegate {

    private final PlacementService placements;

    RecordNotSuitableDelegate(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        placements.notSuitable(WarmeOverdrachtProcess.placementId(execution), null);
    }

}
