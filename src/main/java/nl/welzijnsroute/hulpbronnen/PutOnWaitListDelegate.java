package nl.welzijnsroute.hulpbronnen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PutOnWaitList: no place now; the person waits in order of arrival. */
@Component
class PutOnWaitListDelegate implements JavaDelegate {

    private final PlacementService placements;

    PutOnWaitListDelegate(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        placements.putOnWaitList(WarmeOverdrachtProcess.placementId(execution));
    }

}
