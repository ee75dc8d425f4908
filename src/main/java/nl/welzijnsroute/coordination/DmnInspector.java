package nl.welzijnsroute.coordination;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a DMN file as XML: the decisions it holds, their history time to live, and no scripts (an
 * expressionLanguage other than FEEL or JUEL) and no JUEL that calls beans or methods.
 */
@Component
class DmnInspector {

    static final Set<String> DMN_NAMESPACES = Set.of("https://www.omg.org/spec/DMN/20191111/MODEL/",
            "http://www.omg.org/spec/DMN/20180521/MODEL/", "http://www.omg.org/spec/DMN/20151101/dmn.xsd");
    static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";
    static final Set<String> EXPRESSION_ELEMENTS = Set.of("inputExpression", "inputEntry", "outputEntry",
            "literalExpression", "inputValues", "outputValues", "defaultOutputEntry");
    /** FEEL's escape hatch into Java: function(…) external { java: … }. */
    static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\s*\\{", Pattern.CASE_INSENSITIVE);

    record DmnFacts(List<String> decisionKeys, List<String> problems) {
    }

    private final ExpressionPolicy expressions;

    DmnInspector(ExpressionPolicy expressions) {
        this.expressions = expressions;
    }

    DmnFacts inspect(Document document) {
        List<String> keys = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Element root = document.getDocumentElement();
        String ns = root.getNamespaceURI();
        if (!DMN_NAMESPACES.contains(ns) || !"definitions".equals(root.getLocalName())) {
            problems.add("dit is geen DMN-bestand (geen DMN definitions)");
            return new DmnFacts(keys, problems);
        }
        String defaultLanguage = Xml.attribute(root, null, "expressionLanguage");
        for (Element decision : Xml.children(root, ns, "decision")) {
            String id = decision.getAttribute("id");
            keys.add(id);
            if (BpmnInspector.GENERATED_ID.matcher(id).matches()) {
                problems.add("beslissing " + describe(decision) + ": de id is door Camunda Modeler gemaakt; geef een "
                        + "id met betekenis (die id gebruikt het proces in Decision reference)");
            }
            if (Xml.attribute(decision, CAMUNDA, "historyTimeToLive") == null) {
                problems.add("beslissing " + describe(decision) + ": History time to live ontbreekt "
                        + "(camunda:historyTimeToLive; hier 365)");
            }
            for (Element element : Xml.descendants(decision)) {
                if (!ns.equals(element.getNamespaceURI()) || !EXPRESSION_ELEMENTS.contains(element.getLocalName())) {
                    continue;
                }
                String language = Xml.attribute(element, null, "expressionLanguage");
                String effective = language != null ? language : defaultLanguage;
                String text = Xml.children(element, ns, "text").stream().map(Xml::ownText)
                        .reduce("", String::concat).trim();
                checkExpression(decision, element, effective, text, problems);
            }
        }
        if (keys.isEmpty()) {
            problems.add("het bestand bevat geen beslissing");
        }
        return new DmnFacts(List.copyOf(new LinkedHashSet<>(keys)), List.copyOf(new LinkedHashSet<>(problems)));
    }

    private void checkExpression(Element decision, Element element, String language, String text,
            List<String> problems) {
        String where = "beslissing " + describe(decision) + ", " + element.getLocalName()
                + (element.hasAttribute("id") ? " " + element.getAttribute("id") : "");
        String lower = language == null ? "feel" : language.toLowerCase(Locale.ROOT);
        if ("juel".equals(lower)) {
            String expression = ExpressionPolicy.hasExpression(text) ? text : "${" + text + "}";
            if (!text.isEmpty()) {
                expressions.check(expression).ifPresent(p -> problems.add(where + ": " + p));
            }
        } else if (!lower.contains("feel")) {
            problems.add(where + ": expressionLanguage " + language + " is een scripttaal; scripts zijn niet "
                    + "toegestaan, gebruik FEEL");
        } else if (FEEL_EXTERNAL.matcher(text).find()) {
            problems.add(where + ": FEEL-functies die Java aanroepen (external) zijn niet toegestaan");
        }
    }

    private static String describe(Element element) {
        String name = element.getAttribute("name");
        String id = element.getAttribute("id");
        return name.isBlank() ? id : "“" + name.trim() + "” (" + id + ")";
    }
}
