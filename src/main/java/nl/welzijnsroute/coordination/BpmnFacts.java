package nl.welzijnsroute.coordination;

import java.util.List;

/**
 * What a BPMN file says about the world outside it, and what is wrong with it on its own: read from the XML,
 * before the engine's parser gets it.
 */
/** {@code namesCode}: scripts, Java classes or connectors; such a file never reaches the engine's parser. */
record BpmnFacts(List<String> processKeys, List<Reference> forms, List<Reference> decisions,
        List<Reference> calledProcesses, List<Reference> candidateGroups, List<Reference> users,
        List<String> problems, boolean namesCode) {

    /** Binding "deployment": the referenced file must be deployed together with the process. */
    static final String BINDING_DEPLOYMENT = "deployment";

    /** A literal reference from an element of the process: a form id, decision id, process id, group or user. */
    record Reference(String key, String binding, String element) {

        boolean boundToDeployment() {
            return BINDING_DEPLOYMENT.equals(binding);
        }
    }
}
