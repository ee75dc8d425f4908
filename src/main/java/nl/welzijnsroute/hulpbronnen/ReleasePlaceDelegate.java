package nl.welzijnsroute.hulpbronnen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReleasePlace: the person did not come; the place goes to the next in line. */
@Component
class ReleasePlaceDelegate implements JavaDelegate {

    private final PlacementService placements;

    ReleasePlaceDelegate(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        placements.stop(WarmeOverdrachtProcess.placementId(execution));
    }

}
