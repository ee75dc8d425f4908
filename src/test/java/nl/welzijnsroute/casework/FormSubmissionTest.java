package nl.welzijnsroute.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.welzijnsroute.casework.forms.FeelConditions;
import nl.welzijnsroute.casework.forms.FormField;
import nl.welzijnsroute.casework.forms.FormSchema;
import nl.welzijnsroute.casework.forms.FormSubmission;
import nl.welzijnsroute.casework.forms.MarkdownText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The server-side reading of Camunda Forms: every form in forms/, and each validation rule of the schema. */
class FormSubmissionTest {

    private final FeelConditions feel = new FeelConditions();

    static Stream<Path> forms() throws IOException {
        return Files.list(Path.of("forms")).filter(p -> p.toString().endsWith(".form")).sorted();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFormParses_andItsRequiredFieldsRejectAnEmptySubmission(Path form) throws IOException {
        FormSchema schema;
        try (InputStream in = Files.newInputStream(form)) {
            schema = FormSchema.parse(in);
        }
        assertThat(schema.id() + ".form").isEqualTo(form.getFileName().toString());
        assertThat(schema.fields()).isNotEmpty();
        for (FormField field : schema.fields()) {
            assertThat(field.type()).as("supported type in %s", form)
                    .isIn("text", "textfield", "textarea", "number", "datetime", "checkbox", "radio", "select",
                            "checklist", "separator", "spacer");
        }
        FormSubmission empty = FormSubmission.read(schema, Map.of(), feel, Map.of());
        List<String> required = schema.valueFields().stream().filter(FormField::isRequired).map(FormField::key).toList();
        assertThat(empty.errors().keySet()).containsExactlyInAnyOrderElementsOf(required);
        empty.errors().values().forEach(e -> assertThat(e.messageKey()).isEqualTo("form.required"));
    }

    @Test
    void textRules_minLengthMaxLengthAndAnUnanchoredPattern() throws IOException {
        FormSchema schema = schema("""
                {"id":"t","components":[{"type":"textfield","key":"name","label":"Naam",
                 "validate":{"required":true,"minLength":2,"maxLength":5,"pattern":"[0-9]"}}]}""");
        assertThat(error(schema, "name", " a ")).isEqualTo("form.minLength");
        assertThat(error(schema, "name", "abcdef")).isEqualTo("form.maxLength");
        assertThat(error(schema, "name", "abc")).isEqualTo("form.pattern");
        // form-js tests the pattern with RegExp.test: a digit anywhere is enough.
        assertThat(error(schema, "name", "ab1")).isNull();
        // Stored trimmed: spaces cannot smuggle a longer value past maxLength.
        assertThat(FormSubmission.read(schema, Map.of("field_name", List.of("   ab1   ")), feel, Map.of()).variables())
                .containsEntry("name", "ab1");
    }

    @Test
    void numberRules_minMaxAndNotANumber() throws IOException {
        FormSchema schema = schema("""
                {"id":"t","components":[{"type":"number","key":"score","label":"Score",
                 "validate":{"min":0,"max":10}}]}""");
        assertThat(error(schema, "score", "11")).isEqualTo("form.max");
        assertThat(error(schema, "score", "-1")).isEqualTo("form.min");
        assertThat(error(schema, "score", "tien")).isEqualTo("form.number");
        FormSubmission ok = FormSubmission.read(schema, Map.of("field_score", List.of("7")), feel, Map.of());
        assertThat(ok.variables()).containsEntry("score", 7);
        FormSubmission decimal = FormSubmission.read(schema, Map.of("field_score", List.of("7,5")), feel, Map.of());
        assertThat(decimal.variables()).containsEntry("score", 7.5);
        // Not required and empty: valid, submitted as null like Tasklist does.
        assertThat(FormSubmission.read(schema, Map.of(), feel, Map.of()).variables()).containsEntry("score", null);
    }

    @Test
    void choices_mustBeOneOfTheOptions() throws IOException {
        FormSchema schema = schema("""
                {"id":"t","components":[{"type":"radio","key":"outcome","label":"Uitkomst",
                 "values":[{"label":"Ja","value":"YES"},{"label":"Nee","value":"NO"}],"validate":{"required":true}},
                 {"type":"checklist","key":"kinds","label":"Soorten","values":[{"label":"A","value":"A"},{"label":"B","value":"B"}]}]}""");
        assertThat(error(schema, "outcome", "MAYBE")).isEqualTo("form.option");
        FormSubmission ok = FormSubmission.read(schema, Map.of("field_outcome", List.of("YES"),
                "field_kinds", List.of("A", "B")), feel, Map.of());
        assertThat(ok.isValid()).isTrue();
        assertThat(ok.variables()).containsEntry("outcome", "YES").containsEntry("kinds", "A,B");
        assertThat(FormSubmission.read(schema, Map.of("field_outcome", List.of("YES"), "field_kinds", List.of("Z")),
                feel, Map.of()).errors()).containsKey("kinds");
    }

    @Test
    void checkbox_requiredMeansChecked_andDatesMustParse() throws IOException {
        FormSchema schema = schema("""
                {"id":"t","components":[{"type":"checkbox","key":"agreed","label":"Akkoord","validate":{"required":true}},
                 {"type":"datetime","key":"day","subtype":"date","dateLabel":"Dag"}]}""");
        assertThat(error(schema, "agreed", null)).isEqualTo("form.required");
        assertThat(error(schema, "day", "2026-02-30")).isEqualTo("form.date");
        FormSubmission ok = FormSubmission.read(schema, Map.of("field_agreed", List.of("true"),
                "field_day", List.of("2026-11-20")), feel, Map.of());
        assertThat(ok.variables()).containsEntry("agreed", true).containsEntry("day", "2026-11-20");
        assertThat(schema.fields().get(1).label()).isEqualTo("Dag");
    }

    @Test
    void hiddenFields_areNeitherValidatedNorSubmitted() throws IOException {
        FormSchema schema = schema("""
                {"id":"t","components":[{"type":"textfield","key":"why","label":"Waarom","validate":{"required":true},
                 "conditional":{"hide":"=outcome = \\"YES\\""}}]}""");
        FormSubmission hidden = FormSubmission.read(schema, Map.of(), feel, Map.of("outcome", "YES"));
        assertThat(hidden.isValid()).isTrue();
        assertThat(hidden.variables()).doesNotContainKey("why");
        assertThat(FormSubmission.read(schema, Map.of(), feel, Map.of("outcome", "NO")).errors()).containsKey("why");
    }

    @Test
    void formText_isEscapedMarkdown() {
        assertThat(MarkdownText.toHtml("## Kop\nTekst met **nadruk** en <script>x</script>"))
                .isEqualTo("<h3 class=\"h5\">Kop</h3><p>Tekst met <strong>nadruk</strong> en &lt;script&gt;x&lt;/script&gt;</p>");
    }

    private String error(FormSchema schema, String key, String value) {
        Map<String, List<String>> posted = value == null ? Map.of() : Map.of("field_" + key, List.of(value));
        FormSubmission.FieldError error = FormSubmission.read(schema, posted, feel, Map.of()).errors().get(key);
        return error == null ? null : error.messageKey();
    }

    private static FormSchema schema(String json) throws IOException {
        return FormSchema.parse(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
