package nl.welzijnsroute.hulpbronnen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordIntroduction: the coach introduced the person; the facilitator confirms the first attendance. */
@Component
class RecordIntroductionDelegate implements JavaDelegate {

    private final PlacementService placements;

    RecordIntroductionDelegate(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long placementId = WarmeOverdrachtProcess.placementId(execution);
        placements.introduced(placementId);
        WarmeOverdrachtProcess.offerToBegeleiders(execution, placements.begeleiders(placementId));
    }

}
