package nl.welzijnsroute.coordination;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What an expression in a deployed file may do. Deploying a process must not mean running arbitrary code: in a
 * Spring engine every bean is reachable from an expression ({@code ${jdbcTemplate.execute('…')}}), and so is the
 * engine itself ({@code ${execution.processEngineServices…}}). Expressions are parsed with the engine's own JUEL
 * parser and walked:
 * <ul>
 *   <li>variables, literals, operators and {@code a ? b : c} are fine;</li>
 *   <li>the only method calls are {@code execution.getVariable/setVariable(…)} (and their local and
 *       {@code hasVariable} siblings), with arguments that follow the same rules;</li>
 *   <li>the only properties read are a few plain facts of {@code execution} ({@code processBusinessKey}…);</li>
 *   <li>no functions but the engine's harmless {@code now()}, {@code dateTime()}, {@code currentUser()},
 *       {@code currentUserGroups()};</li>
 *   <li>no identifier may name a bean of the application (a variable of the same name would be shadowed).</li>
 * </ul>
 * A {@code delegateExpression} is checked on its own: exactly {@code ${beanName}} of one of this application's
 * {@link JavaDelegate}s.
 */
@Component
public class ExpressionPolicy {

    static final Set<String> EXECUTION_METHODS = Set.of("getVariable", "setVariable", "getVariableLocal",
            "setVariableLocal", "hasVariable");
    static final Set<String> EXECUTION_PROPERTIES = Set.of("processBusinessKey", "businessKey", "processInstanceId",
            "id", "activityId", "currentActivityId", "currentActivityName", "eventName", "processDefinitionId",
            "tenantId");
    static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
    /** Names the engine resolves itself, before any bean. */
    static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");
    static final String APP_PACKAGE = "nl.welzijnsroute.";

    private final ApplicationContext context;

    ExpressionPolicy(ApplicationContext context) {
        this.context = context;
    }

    /** True where a text holds an expression the engine would evaluate. */
    public static boolean hasExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The reason this expression may not be deployed, in Dutch; empty when it is fine. */
    public Optional<String> check(String expression) {
        Tree tree;
        try {
            tree = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(expression);
        } catch (TreeBuilderException e) {
            return Optional.of("de expressie " + quote(expression) + " is geen geldige expressie");
        }
        return walk(tree.getRoot(), expression);
    }

    /** For {@code camunda:delegateExpression}: only {@code ${bean}} of one of this application's JavaDelegates. */
    public Optional<String> checkDelegateExpression(String expression) {
        String trimmed = expression.trim();
        if (!trimmed.matches("[$#]\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}")) {
            return Optional.of("delegateExpression " + quote(expression) + " moet precies één component van de "
                    + "applicatie noemen, zoals ${sendTerugkoppelingDelegate}");
        }
        String name = trimmed.substring(2, trimmed.length() - 1).trim();
        if (!appDelegates().containsKey(name)) {
            return Optional.of("delegateExpression " + quote(expression) + " noemt geen stap van deze applicatie; "
                    + "bekend zijn: " + String.join(", ", new TreeSet<>(appDelegates().keySet())));
        }
        return Optional.empty();
    }

    /** Bean name → bean of every {@link JavaDelegate} the application itself defines. */
    Map<String, JavaDelegate> appDelegates() {
        Map<String, JavaDelegate> delegates = new HashMap<>(context.getBeansOfType(JavaDelegate.class));
        delegates.values().removeIf(bean -> !AopUtils.getTargetClass(bean).getName().startsWith(APP_PACKAGE));
        return delegates;
    }

    private Optional<String> walk(Node node, String expression) {
        if (node instanceof AstMethod method) {
            Node property = method.getChild(0);
            Node parameters = method.getChild(1);
            if (property instanceof AstDot dot && dot.getChild(0) instanceof AstIdentifier target
                    && "execution".equals(target.getName()) && EXECUTION_METHODS.contains(name(dot))) {
                return walkChildren(parameters, expression);
            }
            return Optional.of("de expressie " + quote(expression) + " roept een methode aan ("
                    + describe(property) + "); alleen execution.getVariable(…) en execution.setVariable(…) mogen");
        }
        if (node instanceof AstDot dot) {
            if (dot.getChild(0) instanceof AstIdentifier target && "execution".equals(target.getName())
                    && EXECUTION_PROPERTIES.contains(name(dot))) {
                return Optional.empty();
            }
            return Optional.of("de expressie " + quote(expression) + " leest een eigenschap (" + describe(dot)
                    + "); dat kan code aanroepen");
        }
        if (node instanceof AstBracket bracket) {
            return Optional.of("de expressie " + quote(expression) + " leest een eigenschap (" + describe(bracket)
                    + "); dat kan code aanroepen");
        }
        if (node instanceof AstFunction function) {
            String name = function.getName();
            if (!FUNCTIONS.contains(name)) {
                return Optional.of("de expressie " + quote(expression) + " roept de functie " + name
                        + "() aan; alleen now(), dateTime(), currentUser() en currentUserGroups() mogen");
            }
            return walkChildren(function, expression);
        }
        if (node instanceof AstIdentifier identifier) {
            String name = identifier.getName();
            if (!ENGINE_NAMES.contains(name) && context.containsBean(name)) {
                return Optional.of("de expressie " + quote(expression) + " gebruikt " + name
                        + ", een component van de applicatie; gebruik een andere variabelenaam");
            }
            return Optional.empty();
        }
        return walkChildren(node, expression);
    }

    private Optional<String> walkChildren(Node node, String expression) {
        for (int i = 0; i < node.getCardinality(); i++) {
            Optional<String> problem = walk(node.getChild(i), expression);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** AstDot prints itself as ". name". */
    private static String name(AstDot dot) {
        String printed = dot.toString();
        return printed.startsWith(". ") ? printed.substring(2) : printed;
    }

    private static String describe(Node property) {
        if (property instanceof AstDot dot) {
            return describe(dot.getChild(0)) + "." + name(dot);
        }
        if (property instanceof AstBracket bracket) {
            Node key = bracket.getChild(1);
            return describe(bracket.getChild(0)) + "[" + (key instanceof AstString ? key.toString() : "…") + "]";
        }
        if (property instanceof AstIdentifier identifier) {
            return identifier.getName();
        }
        return "…";
    }

    static String quote(String text) {
        String shown = text.length() > 120 ? text.substring(0, 117) + "…" : text;
        return "“" + shown + "”";
    }
}
