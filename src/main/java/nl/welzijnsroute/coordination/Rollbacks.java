package nl.welzijnsroute.coordination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Rolling back is deploying an earlier version's file again, as version n+1, through the same check and preview
 * as an upload. A process takes along the forms, decisions and called processes it binds with binding
 * "deployment" as they were deployed with that version, so the old version comes back as it was.
 */
@Component
class Rollbacks {

    private final DeployedDefinitions deployed;
    private final BpmnInspector inspector;

    Rollbacks(DeployedDefinitions deployed, BpmnInspector inspector) {
        this.deployed = deployed;
        this.inspector = inspector;
    }

    List<UploadedFile> filesFor(DeployedDefinitions.Version version) {
        List<UploadedFile> files = new ArrayList<>();
        files.add(new UploadedFile(version.fileName(), deployed.content(version)));
        if (version.type() != DefinitionType.PROCESS) {
            return files;
        }
        BpmnFacts facts;
        try {
            facts = inspector.inspect(Xml.parse(deployed.content(version)));
        } catch (Xml.Unreadable e) {
            return files;
        }
        Set<String> names = new HashSet<>(List.of(version.fileName()));
        List<DeployedDefinitions.Version> sameDeployment = deployed.inDeployment(version.deploymentId());
        addBound(files, names, sameDeployment, DefinitionType.FORM, facts.forms());
        addBound(files, names, sameDeployment, DefinitionType.DECISION, facts.decisions());
        addBound(files, names, sameDeployment, DefinitionType.PROCESS, facts.calledProcesses());
        return files;
    }

    private void addBound(List<UploadedFile> files, Set<String> names, List<DeployedDefinitions.Version> sameDeployment,
            DefinitionType type, List<BpmnFacts.Reference> references) {
        for (BpmnFacts.Reference reference : references) {
            if (!reference.boundToDeployment()) {
                continue;
            }
            sameDeployment.stream().filter(v -> v.type() == type && v.key().equals(reference.key())).findFirst()
                    .filter(v -> names.add(v.fileName()))
                    .ifPresent(v -> files.add(new UploadedFile(v.fileName(), deployed.content(v))));
        }
    }
}
