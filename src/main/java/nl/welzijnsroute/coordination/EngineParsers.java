package nl.welzijnsroute.coordination;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's own parsers, without deploying: the BPMN parser the engine's BpmnDeployer uses (with its parse
 * listeners and schema validation) and the process engine's DMN engine (the one business rule tasks evaluate with).
 * Parsing only reads: nothing is written and nothing is cached in the engine.
 * <p>
 * Only files that passed {@link BpmnInspector} reach the BPMN parser: it would instantiate a
 * {@code camunda:formHandlerClass} while parsing.
 */
@Component
class EngineParsers {

    private final ProcessEngineConfigurationImpl configuration;
    private volatile DmnEngine evaluationEngine;

    EngineParsers(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    /** The parser's errors, in its words with line and element; empty when the engine would deploy the file. */
    List<String> bpmnErrors(UploadedFile file) {
        BpmnParser parser = configuration.getDeployers().stream().filter(BpmnDeployer.class::isInstance)
                .map(d -> ((BpmnDeployer) d).getBpmnParser()).findFirst()
                .orElseThrow(() -> new IllegalStateException("The engine has no BPMN deployer"));
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            DeploymentEntity deployment = new DeploymentEntity();
            deployment.setName("check");
            deployment.setNew(true);
            deployment.setValidatingSchema(true);
            try {
                parser.createParse().deployment(deployment).name(file.name())
                        .sourceInputStream(new ByteArrayInputStream(file.content())).execute();
                return List.<String>of();
            } catch (ParseException e) {
                List<String> errors = new ArrayList<>();
                for (ResourceReport report : e.getResorceReports()) {
                    for (Problem problem : report.getErrors()) {
                        errors.add(describe(problem));
                    }
                }
                return errors.isEmpty() ? List.of("de engine kan het proces niet lezen: " + e.getMessage())
                        : List.copyOf(new LinkedHashSet<>(errors));
            } catch (RuntimeException e) {
                return List.of("de engine kan het proces niet lezen: " + messages(e));
            }
        });
    }

    /** Parses with the process engine's DMN engine; the error in its words, or empty. */
    List<String> dmnErrors(UploadedFile file) {
        try {
            parseDecisions(file.content());
            return List.of();
        } catch (RuntimeException e) {
            return List.of("de engine kan de beslissingstabel niet lezen: " + messages(e));
        }
    }

    List<DmnDecision> parseDecisions(byte[] dmn) {
        return configuration.getCommandExecutorTxRequired().execute(commandContext ->
                dmnEngine().parseDecisionRequirementsGraph(new ByteArrayInputStream(dmn)).getDecisions().stream()
                        .map(DmnDecision.class::cast).toList());
    }

    /** Parsed for {@link #evaluate}: by the side-effect-free twin of the engine's DMN engine. */
    List<DmnDecision> parseForEvaluation(byte[] dmn) {
        return evaluationEngine().parseDecisions(new ByteArrayInputStream(dmn));
    }

    /**
     * Evaluates a decision parsed by {@link #parseForEvaluation}. The twin has the process engine's FEEL engine,
     * expression languages and settings, so it answers as a business rule task would, but none of its history or
     * metrics listeners: a what-if over a year of cases leaves no trace in Cockpit.
     */
    DmnDecisionResult evaluate(DmnDecision decision, Map<String, Object> variables) {
        return evaluationEngine().evaluateDecision(decision, variables);
    }

    private DmnEngine evaluationEngine() {
        DmnEngine engine = evaluationEngine;
        if (engine == null) {
            DefaultDmnEngineConfiguration source = configuration.getDmnEngineConfiguration();
            DefaultDmnEngineConfiguration twin =
                    (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            FeelEngine feel = source.getFeelEngine();
            twin.setFeelEngineFactory(() -> feel);
            twin.setFeelCustomFunctionProviders(source.getFeelCustomFunctionProviders());
            twin.setEnableFeelLegacyBehavior(source.isEnableFeelLegacyBehavior());
            twin.setReturnBlankTableOutputAsNull(source.isReturnBlankTableOutputAsNull());
            twin.setElProvider(source.getElProvider());
            twin.setScriptEngineResolver(source.getScriptEngineResolver());
            twin.setDefaultInputExpressionExpressionLanguage(source.getDefaultInputExpressionExpressionLanguage());
            twin.setDefaultInputEntryExpressionLanguage(source.getDefaultInputEntryExpressionLanguage());
            twin.setDefaultOutputEntryExpressionLanguage(source.getDefaultOutputEntryExpressionLanguage());
            twin.setDefaultLiteralExpressionLanguage(source.getDefaultLiteralExpressionLanguage());
            engine = twin.buildEngine();
            evaluationEngine = engine;
        }
        return engine;
    }

    private DmnEngine dmnEngine() {
        return configuration.getDmnEngine();
    }

    private static String describe(Problem problem) {
        StringBuilder text = new StringBuilder();
        if (problem.getLine() > 0) {
            text.append("regel ").append(problem.getLine()).append(": ");
        }
        if (problem.getMainElementId() != null) {
            text.append(problem.getMainElementId()).append(": ");
        }
        return text.append(problem.getMessage()).toString();
    }

    /** The message and those of its causes, without repeats. */
    static String messages(Throwable e) {
        LinkedHashSet<String> messages = new LinkedHashSet<>();
        for (Throwable t = e; t != null && messages.size() < 4; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                messages.add(t.getMessage().trim());
            }
        }
        return String.join(" — ", messages);
    }
}
