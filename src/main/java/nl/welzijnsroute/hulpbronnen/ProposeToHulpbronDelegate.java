package nl.welzijnsroute.hulpbronnen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ProposeToHulpbron: proposes the person, with the coach's introduction, to the hulpbron's facilitators. */
@Component
class ProposeToHulpbronDelegate implements JavaDelegate {

    private final PlacementService placements;

    ProposeToHulpbronDelegate(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long placementId = WarmeOverdrachtProcess.placementId(execution);
        placements.propose(placementId);
        WarmeOverdrachtProcess.offerToBegeleiders(execution, placements.begeleiders(placementId));
    }

}
