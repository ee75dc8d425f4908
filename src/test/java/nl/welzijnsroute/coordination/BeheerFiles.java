package nl.welzijnsroute.coordination;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The project's own processes/, and forms/ files, and renamed copies of them: deployments are engine-wide and the
 * database is shared, so tests deploy under keys of their own and never change the real processes for long.
 */
final class BeheerFiles {

    private BeheerFiles() {
    }

    static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UploadedFile file(String name, String content) {
        return new UploadedFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static UploadedFile project(String path) {
        return file(Path.of(path).getFileName().toString(), read(path));
    }

    /** Every .bpmn and .dmn in processes/ and every .form in forms/, as the app deploys them at start-up. */
    static List<UploadedFile> allProjectFiles() {
        List<UploadedFile> files = new ArrayList<>();
        for (String folder : List.of("processes", "forms")) {
            try (Stream<Path> paths = Files.list(Path.of(folder))) {
                paths.sorted().filter(p -> DefinitionType.ofFileName(p.toString()).isPresent())
                        .forEach(p -> files.add(project(p.toString())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static String uniqueKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** welzijn-op-recept.bpmn under another process id: its own versions, the same forms and decisions. */
    static String processCopy(String key) {
        return read("processes/welzijn-op-recept.bpmn")
                .replace("id=\"welzijn-op-recept\"", "id=\"" + key + "\"")
                .replace("bpmnElement=\"welzijn-op-recept\"", "bpmnElement=\"" + key + "\"");
    }

    /** wor-routing.dmn under another decision id. */
    static String decisionCopy(String key) {
        return read("processes/wor-routing.dmn")
                .replace("id=\"wor-routing\"", "id=\"" + key + "\"")
                .replace("dmnElementRef=\"wor-routing\"", "dmnElementRef=\"" + key + "\"");
    }

    /** A small process of its own: one user task with the given attributes, one service task, semantic ids. */
    static String process(String key, String userTaskAttributes, String extraElements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                id="Definitions_%1$s" targetNamespace="http://welzijnsroute.nl/bpmn">
                  <bpmn:process id="%1$s" name="Test %1$s" isExecutable="true" camunda:historyTimeToLive="365">
                    <bpmn:startEvent id="StartEvent_Started">
                      <bpmn:outgoing>SequenceFlow_Started</bpmn:outgoing>
                    </bpmn:startEvent>
                    <bpmn:userTask id="Task_Check" name="Controleer" %2$s>
                      <bpmn:incoming>SequenceFlow_Started</bpmn:incoming>
                      <bpmn:outgoing>SequenceFlow_Checked</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:endEvent id="EndEvent_Done">
                      <bpmn:incoming>SequenceFlow_Checked</bpmn:incoming>
                    </bpmn:endEvent>
                    <bpmn:sequenceFlow id="SequenceFlow_Started" sourceRef="StartEvent_Started" targetRef="Task_Check" />
                    <bpmn:sequenceFlow id="SequenceFlow_Checked" sourceRef="Task_Check" targetRef="EndEvent_Done" />
                    %3$s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, userTaskAttributes, extraElements);
    }
}
