package nl.welzijnsroute.casework.forms;

import java.util.List;

/**
 * One component of a Camunda Form (form-js schema), as the app renders and validates it. Value fields have a
 * key; layout components (text, separator, spacer) do not. A field with the custom property
 * {@code opslag = dossier} (set in Camunda Modeler) holds personal data: it goes to the case file, never into a
 * process variable.
 */
public record FormField(String id, String type, String key, String label, String description, String subtype,
        List<Option> options, Validation validation, String text, String hideExpression, boolean disabled,
        boolean readonly, String storage) {

    public static final String STORAGE_PROPERTY = "opslag";
    public static final String CASE_FILE = "dossier";

    public FormField(String id, String type, String key, String label, String description, String subtype,
            List<Option> options, Validation validation, String text, String hideExpression, boolean disabled,
            boolean readonly) {
        this(id, type, key, label, description, subtype, options, validation, text, hideExpression, disabled,
                readonly, null);
    }

    public boolean inCaseFile() {
        return CASE_FILE.equals(storage);
    }

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
