package nl.welzijnsroute.hulpbronnen;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Task_CollectChosenHulpbronnen (verkennend-gesprek): the hulpbronnen the coach and the person chose become one
 * warm handover each. The list is handed to the multi-instance call activity right away, so it is never stored.
 */
@Component
class CollectChosenHulpbronnenDelegate implements JavaDelegate {

    private final PlacementService placements;

    CollectChosenHulpbronnenDelegate(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Long> chosen = placements.chosen(WarmeOverdrachtProcess.caseId(execution));
        execution.setVariable(WarmeOverdrachtProcess.Var.PLACEMENT_IDS, Variables.objectValue(chosen, true).create());
        execution.setVariable(WarmeOverdrachtProcess.Var.HANDOVER_ROUND,
                chosen.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
