package nl.welzijnsroute.hulpbronnen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordAttendance: the person came; the case is handed over. */
@Component
class RecordAttendanceDelegate implements JavaDelegate {

    private final PlacementService placements;

    RecordAttendanceDelegate(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        placements.attended(WarmeOverdrachtProcess.placementId(execution));
    }

}
