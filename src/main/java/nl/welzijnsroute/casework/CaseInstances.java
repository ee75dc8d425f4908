package nl.welzijnsroute.casework;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Finds a case's process instances. A case may run in more than one (Welzijn op Recept calls the verkennend
 * gesprek); all of them carry the case number as business key, so that is how a task finds its case.
 */
@Service
public class CaseInstances {

    private final HistoryService historyService;

    CaseInstances(HistoryService historyService) {
        this.historyService = historyService;
    }

    /** The case number of a (running or finished) process instance. */
    public Optional<String> caseNumber(String processInstanceId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return Optional.ofNullable(instance).map(HistoricProcessInstance::getBusinessKey);
    }

    /** Case numbers for many instances in one query (a work-queue page). */
    public Map<String, String> caseNumbers(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(Set.copyOf(processInstanceIds)).list().stream()
                .filter(i -> i.getBusinessKey() != null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
    }

    /** Every step of the case, across its process instances, in the order they happened. */
    public List<HistoricActivityInstance> activities(String caseNumber) {
        List<HistoricActivityInstance> all = new java.util.ArrayList<>();
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .orderByProcessInstanceStartTime().asc().list()
                .forEach(instance -> all.addAll(historyService.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId()).orderPartiallyByOccurrence().asc().list()));
        // Stable: steps of one instance keep their engine order when they share a millisecond.
        all.sort(Comparator.comparing(HistoricActivityInstance::getStartTime));
        return all;
    }
}
