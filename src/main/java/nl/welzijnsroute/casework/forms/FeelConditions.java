package nl.welzijnsroute.casework.forms;

import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.springframework.stereotype.Component;

/** Evaluates a field's {@code conditional.hide} with the engine's own FEEL (feel-scala), as form-js does in the browser. */
@Component
public class FeelConditions {

    private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();

    public boolean isHidden(FormField field, Map<String, Object> variables) {
        String expression = field.hideExpression();
        if (expression == null || expression.isBlank()) {
            return false;
        }
        String feelExpression = expression.startsWith("=") ? expression.substring(1) : expression;
        EvaluationResult result = feel.evaluateExpression(feelExpression, variables);
        // Hide only on a definite true: an expression that fails keeps the field visible and validated.
        return result.isSuccess() && Boolean.TRUE.equals(result.result());
    }
}
