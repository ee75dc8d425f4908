package nl.welzijnsroute.hulpbronnen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReservePlace: the facilitator accepted; takes a place if one is free, else the wait list. */
@Component
class ReservePlaceDelegate implements JavaDelegate {

    private final PlacementService placements;

    ReservePlaceDelegate(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(WarmeOverdrachtProcess.Var.PLACE_RESERVED, placements.accept(WarmeOverdrachtProcess.placementId(execution)));
    }

}
