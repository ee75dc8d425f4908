package nl.welzijnsroute.coordination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/** Decision tables and forms drawn as HTML tables: what a coordinator reads without opening Camunda Modeler. */
final class DefinitionViews {

    record TableView(String id, String name, String hitPolicy, List<String> inputs, List<String> outputs,
            List<RuleView> rules) {
    }

    record RuleView(String id, List<String> inputEntries, List<String> outputEntries, String description) {
    }

    record FieldView(String type, String key, String label, boolean required) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private DefinitionViews() {
    }

    static List<TableView> decisionTables(byte[] dmn) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
        List<TableView> tables = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (!(decision.getExpression() instanceof DecisionTable table)) {
                continue;
            }
            List<String> inputs = table.getInputs().stream().map(DefinitionViews::label).toList();
            List<String> outputs = table.getOutputs().stream().map(DefinitionViews::label).toList();
            List<RuleView> rules = new ArrayList<>();
            for (Rule rule : table.getRules()) {
                rules.add(new RuleView(rule.getId(), texts(rule.getInputEntries()), outputTexts(rule.getOutputEntries()),
                        rule.getDescription() == null ? "" : rule.getDescription().getTextContent()));
            }
            tables.add(new TableView(decision.getId(), decision.getName(),
                    table.getHitPolicy() == null ? "UNIQUE" : table.getHitPolicy().name(), inputs, outputs, rules));
        }
        return tables;
    }

    static List<FieldView> formFields(byte[] form) {
        List<FieldView> fields = new ArrayList<>();
        try {
            collect(JSON.readTree(form).path("components"), fields);
        } catch (IOException e) {
            return List.of();
        }
        return fields;
    }

    private static void collect(JsonNode components, List<FieldView> into) {
        for (JsonNode c : components) {
            String label = c.path("label").asText(c.path("text").asText(""));
            if (label.length() > 160) {
                label = label.substring(0, 157) + "…";
            }
            into.add(new FieldView(c.path("type").asText(""), c.path("key").asText(c.path("path").asText("")), label,
                    c.path("validate").path("required").asBoolean(false)));
            if (c.has("components")) {
                collect(c.path("components"), into);
            }
        }
    }

    private static String label(Input input) {
        if (input.getLabel() != null && !input.getLabel().isBlank()) {
            return input.getLabel();
        }
        return input.getInputExpression() == null || input.getInputExpression().getText() == null ? input.getId()
                : input.getInputExpression().getText().getTextContent();
    }

    private static String label(Output output) {
        return output.getLabel() != null && !output.getLabel().isBlank() ? output.getLabel()
                : output.getName() != null ? output.getName() : output.getId();
    }

    private static List<String> texts(Collection<InputEntry> entries) {
        return entries.stream().map(e -> e.getText() == null ? "" : e.getText().getTextContent()).toList();
    }

    private static List<String> outputTexts(Collection<OutputEntry> entries) {
        return entries.stream().map(e -> e.getText() == null ? "" : e.getText().getTextContent()).toList();
    }
}
