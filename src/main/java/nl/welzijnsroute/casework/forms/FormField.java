package nl.welzijnsroute.casework.forms;

import java.util.List;

/**
 * One component of a Camunda Form (form-js schema), as the app renders and validates it. Value fields have a
 * key; layout components (text, separator, spacer) do not.
 */
public record FormField(String id, String type, String key, String label, String description, String subtype,
        List<Option> options, Validation validation, String text, String hideExpression, boolean disabled,
        boolean readonly) {

    public record Option(String label, String value) {
    }

    /** The schema's validate block; any of the numbers may be absent. */
    public record Validation(boolean required, Double min, Double max, Integer minLength, Integer maxLength,
            String pattern, String validationType) {

        static final Validation NONE = new Validation(false, null, null, null, null, null, null);
    }

    public boolean hasValue() {
        return key != null && !key.isBlank() && switch (type) {
            case "textfield", "textarea", "number", "datetime", "checkbox", "radio", "select", "checklist" -> true;
            default -> false;
        };
    }

    public boolean isRequired() {
        return validation.required();
    }

    public String htmlName() {
        return "field_" + key;
    }
}
