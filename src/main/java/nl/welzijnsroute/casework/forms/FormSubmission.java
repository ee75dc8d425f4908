package nl.welzijnsroute.casework.forms;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns the strings of a posted form into the values Camunda Tasklist would submit for the same schema, and
 * validates them as the form-js viewer does. The engine does not validate Camunda Forms: this is the only check.
 *
 * @param values what the person entered, as strings, for re-rendering after an error
 * @param variables the typed process variables to complete the task with
 * @param errors message keys (with one argument) per field key
 */
public record FormSubmission(Map<String, Object> values, Map<String, Object> variables,
        Map<String, FieldError> errors) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+]?[0-9 ()-]{6,20}$");

    public record FieldError(String messageKey, Object argument) {
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** What the engine gets: every submitted field except those that belong in the case file. */
    public Map<String, Object> processVariables(FormSchema schema) {
        Map<String, Object> result = new LinkedHashMap<>(variables);
        schema.valueFields().stream().filter(FormField::inCaseFile).forEach(f -> result.remove(f.key()));
        return result;
    }

    /** The filled-in case-file fields (personal data), in form order, as text. */
    public Map<FormField, String> caseFileValues(FormSchema schema) {
        Map<FormField, String> result = new LinkedHashMap<>();
        for (FormField field : schema.valueFields()) {
            Object value = variables.get(field.key());
            if (field.inCaseFile() && value != null && !value.toString().isBlank()) {
                result.put(field, value.toString());
            }
        }
        return result;
    }

    /** @param posted the request's parameters (a checklist may have several values) */
    public static FormSubmission read(FormSchema schema, Map<String, List<String>> posted, FeelConditions feel,
            Map<String, Object> currentVariables) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, FieldError> errors = new LinkedHashMap<>();
        for (FormField field : schema.valueFields()) {
            List<String> raw = posted.getOrDefault(field.htmlName(), List.of());
            String first = raw.isEmpty() ? null : raw.get(0);
            // Hidden and disabled fields are neither validated nor submitted, as in form-js.
            if (field.disabled() || feel.isHidden(field, currentVariables)) {
                continue;
            }
            switch (field.type()) {
                case "checkbox" -> {
                    boolean checked = first != null && ("true".equals(first) || "on".equals(first));
                    values.put(field.key(), checked);
                    if (field.isRequired() && !checked) {
                        errors.put(field.key(), new FieldError("form.required", null));
                    }
                    variables.put(field.key(), checked);
                }
                case "checklist" -> {
                    List<String> chosen = raw.stream().filter(v -> !v.isBlank()).toList();
                    values.put(field.key(), chosen);
                    if (field.isRequired() && chosen.isEmpty()) {
                        errors.put(field.key(), new FieldError("form.required", null));
                    } else if (!field.options().isEmpty() && !chosen.stream().allMatch(v -> isOption(field, v))) {
                        errors.put(field.key(), new FieldError("form.option", null));
                    }
                    // Without Spin on the engine a list cannot be a Json variable: store the values joined.
                    variables.put(field.key(), String.join(",", chosen));
                }
                case "number" -> readNumber(field, first, values, variables, errors);
                case "radio", "select" -> {
                    String value = blankToNull(first);
                    values.put(field.key(), value == null ? "" : value);
                    if (value == null) {
                        if (field.isRequired()) {
                            errors.put(field.key(), new FieldError("form.required", null));
                        }
                        variables.put(field.key(), null);
                    } else if (!field.options().isEmpty() && !isOption(field, value)) {
                        errors.put(field.key(), new FieldError("form.option", null));
                    } else {
                        variables.put(field.key(), value);
                    }
                }
                case "datetime" -> readDatetime(field, first, values, variables, errors);
                default -> readText(field, first == null ? "" : first, values, variables, errors);
            }
        }
        return new FormSubmission(values, variables, errors);
    }

    private static void readText(FormField field, String value, Map<String, Object> values,
            Map<String, Object> variables, Map<String, FieldError> errors) {
        FormField.Validation v = field.validation();
        // Checked and stored trimmed, so surrounding spaces can neither pass a length check nor reach the referrer.
        String trimmed = value.trim();
        values.put(field.key(), value);
        variables.put(field.key(), trimmed);
        if (trimmed.isEmpty()) {
            if (field.isRequired()) {
                errors.put(field.key(), new FieldError("form.required", null));
            }
            return;
        }
        if (v.minLength() != null && trimmed.length() < v.minLength()) {
            errors.put(field.key(), new FieldError("form.minLength", v.minLength()));
        } else if (v.maxLength() != null && trimmed.length() > v.maxLength()) {
            errors.put(field.key(), new FieldError("form.maxLength", v.maxLength()));
        } else if (v.pattern() != null && !matches(v.pattern(), trimmed)) {
            errors.put(field.key(), new FieldError("form.pattern", null));
        } else if ("email".equals(v.validationType()) && !EMAIL.matcher(trimmed).matches()) {
            errors.put(field.key(), new FieldError("form.email", null));
        } else if ("phone".equals(v.validationType()) && !PHONE.matcher(trimmed).matches()) {
            errors.put(field.key(), new FieldError("form.phone", null));
        }
    }

    /** form-js tests the pattern unanchored (RegExp.test), so find(), not matches(). */
    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException broken) {
            return true;
        }
    }

    private static void readNumber(FormField field, String raw, Map<String, Object> values,
            Map<String, Object> variables, Map<String, FieldError> errors) {
        String value = blankToNull(raw);
        if (isEmpty(field, value, values, variables, errors)) {
            return;
        }
        Number number;
        try {
            String normalized = value.replace(',', '.');
            number = normalized.matches("-?\\d{1,15}") ? (Number) Long.valueOf(normalized) : Double.valueOf(normalized);
        } catch (NumberFormatException e) {
            errors.put(field.key(), new FieldError("form.number", null));
            return;
        }
        FormField.Validation v = field.validation();
        if (v.min() != null && number.doubleValue() < v.min()) {
            errors.put(field.key(), new FieldError("form.min", format(v.min())));
        } else if (v.max() != null && number.doubleValue() > v.max()) {
            errors.put(field.key(), new FieldError("form.max", format(v.max())));
        }
        variables.put(field.key(), number instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE
                ? Integer.valueOf(l.intValue()) : number);
    }

    private static void readDatetime(FormField field, String raw, Map<String, Object> values,
            Map<String, Object> variables, Map<String, FieldError> errors) {
        String value = blankToNull(raw);
        if (isEmpty(field, value, values, variables, errors)) {
            return;
        }
        try {
            switch (field.subtype() == null ? "date" : field.subtype()) {
                case "time" -> LocalTime.parse(value);
                case "datetime" -> java.time.LocalDateTime.parse(value);
                default -> LocalDate.parse(value);
            }
            variables.put(field.key(), value);
        } catch (DateTimeParseException e) {
            errors.put(field.key(), new FieldError("form.date", null));
        }
    }

    /** Records the entered value; an empty one is submitted as null (as Tasklist does) and fails if required. */
    private static boolean isEmpty(FormField field, String value, Map<String, Object> values,
            Map<String, Object> variables, Map<String, FieldError> errors) {
        values.put(field.key(), value == null ? "" : value);
        if (value != null) {
            return false;
        }
        variables.put(field.key(), null);
        if (field.isRequired()) {
            errors.put(field.key(), new FieldError("form.required", null));
        }
        return true;
    }

    private static boolean isOption(FormField field, String value) {
        return field.options().stream().anyMatch(o -> o.value().equals(value));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
