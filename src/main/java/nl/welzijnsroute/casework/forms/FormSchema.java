package nl.welzijnsroute.casework.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** A parsed Camunda Form: its id and components in order. Unknown component types are kept and shown as text. */
public record FormSchema(String id, List<FormField> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static FormSchema parse(InputStream json) throws IOException {
        JsonNode root = JSON.readTree(json);
        List<FormField> fields = new ArrayList<>();
        for (JsonNode c : root.path("components")) {
            List<FormField.Option> options = new ArrayList<>();
            for (JsonNode v : c.path("values")) {
                options.add(new FormField.Option(v.path("label").asText(v.path("value").asText()),
                        v.path("value").asText()));
            }
            JsonNode validate = c.path("validate");
            FormField.Validation validation = validate.isMissingNode() ? FormField.Validation.NONE
                    : new FormField.Validation(validate.path("required").asBoolean(false), number(validate, "min"),
                            number(validate, "max"), integer(validate, "minLength"), integer(validate, "maxLength"),
                            text(validate, "pattern"), text(validate, "validationType"));
            String label = text(c, "label");
            if (label == null && "datetime".equals(text(c, "type"))) {
                label = text(c, "dateLabel") != null ? text(c, "dateLabel") : text(c, "timeLabel");
            }
            fields.add(new FormField(text(c, "id"), text(c, "type"), text(c, "key"), label, text(c, "description"),
                    text(c, "subtype"), options, validation, text(c, "text"), text(c.path("conditional"), "hide"),
                    c.path("disabled").asBoolean(false), c.path("readonly").asBoolean(false),
                    text(c.path("properties"), FormField.STORAGE_PROPERTY)));
        }
        return new FormSchema(root.path("id").asText(), fields);
    }

    public List<FormField> valueFields() {
        return fields.stream().filter(FormField::hasValue).toList();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** min/max may be FEEL expressions in form-js; only literal numbers are enforced here. */
    private static Double number(JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            try {
                return Double.valueOf(value.asText().trim());
            } catch (NumberFormatException expression) {
                return null;
            }
        }
        return null;
    }

    private static Integer integer(JsonNode node, String name) {
        Double value = number(node, name);
        return value == null ? null : value.intValue();
    }
}
