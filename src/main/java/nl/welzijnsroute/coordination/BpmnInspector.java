package nl.welzijnsroute.coordination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads a BPMN file as XML and finds what the engine's parser does not: generated ids, a missing history time to
 * live, and everything that would run code (scripts, Java classes, connectors, expressions that call beans or
 * methods). Also collects the references to forms, decisions, called processes, groups and users that must exist.
 */
@Component
class BpmnInspector {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";

    /** Camunda Modeler's ids: a type, "_" and 7 base-36 characters of a 32-bit number (so starting with 0 or 1). */
    static final Pattern GENERATED_ID = Pattern.compile("[A-Za-z]+_[01][0-9a-z]{6}|StartEvent_1|Process_1|Decision_1");

    static final Set<String> FLOW_ELEMENTS = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "task", "userTask", "serviceTask", "sendTask", "receiveTask",
            "manualTask", "businessRuleTask", "scriptTask", "callActivity", "subProcess", "transaction",
            "adHocSubProcess", "exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway",
            "complexGateway", "sequenceFlow");

    /** Attributes (camunda: or, on listeners, plain) that name a Java class or a bean-calling mapping. */
    static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass",
            "variableMappingDelegateExpression", "formHandlerClass");

    private final ExpressionPolicy expressions;

    BpmnInspector(ExpressionPolicy expressions) {
        this.expressions = expressions;
    }

    BpmnFacts inspect(Document document) {
        Findings problems = new Findings();
        List<String> keys = new ArrayList<>();
        List<BpmnFacts.Reference> forms = new ArrayList<>();
        List<BpmnFacts.Reference> decisions = new ArrayList<>();
        List<BpmnFacts.Reference> called = new ArrayList<>();
        List<BpmnFacts.Reference> groups = new ArrayList<>();
        List<BpmnFacts.Reference> users = new ArrayList<>();

        Element root = document.getDocumentElement();
        if (!BPMN.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
            problems.add("dit is geen BPMN-bestand (geen bpmn:definitions)");
            return new BpmnFacts(keys, forms, decisions, called, groups, users, List.copyOf(problems), false);
        }

        for (Element process : Xml.children(root, BPMN, "process")) {
            String id = process.getAttribute("id");
            if (!"true".equals(process.getAttribute("isExecutable"))) {
                continue;
            }
            keys.add(id);
            if (GENERATED_ID.matcher(id).matches()) {
                problems.add("proces " + describe(process) + ": de id is door Camunda Modeler gemaakt; geef het "
                        + "proces een id met betekenis (die id is de sleutel waarmee de app het proces start)");
            }
            if (Xml.attribute(process, CAMUNDA, "historyTimeToLive") == null) {
                problems.add("proces " + describe(process) + ": History time to live ontbreekt "
                        + "(camunda:historyTimeToLive, in Camunda Modeler onder History cleanup; hier 365)");
            }
            for (Element element : Xml.descendants(process)) {
                inspectElement(element, problems, forms, decisions, called, groups, users);
            }
        }
        if (keys.isEmpty()) {
            problems.add("het bestand bevat geen uitvoerbaar proces (zet in Camunda Modeler 'Executable' aan)");
        }
        // Messages, signals and errors outside the processes can carry expressions too.
        for (Element element : Xml.descendants(root)) {
            if (!isInsideExecutableProcess(element) && !BPMNDI.equals(element.getNamespaceURI())) {
                checkExpressions(element, problems);
            }
        }
        return new BpmnFacts(List.copyOf(new LinkedHashSet<>(keys)), forms, decisions, called, groups, users,
                List.copyOf(new LinkedHashSet<>(problems)), problems.namesCode);
    }

    private void inspectElement(Element element, Findings problems, List<BpmnFacts.Reference> forms,
            List<BpmnFacts.Reference> decisions, List<BpmnFacts.Reference> called, List<BpmnFacts.Reference> groups,
            List<BpmnFacts.Reference> users) {
        String ns = element.getNamespaceURI();
        String local = element.getLocalName();
        if (BPMN.equals(ns) && FLOW_ELEMENTS.contains(local)) {
            String id = element.getAttribute("id");
            if (GENERATED_ID.matcher(id).matches()) {
                problems.add(kind(local) + " " + describe(element) + ": de id is door Camunda Modeler gemaakt; geef "
                        + "een id met betekenis, zoals " + example(local));
            }
        }
        if (BPMN.equals(ns) && "scriptTask".equals(local)) {
            problems.code("scripttaak " + describe(element) + ": scripts zijn niet toegestaan; gebruik een "
                    + "servicetaak met een stap van de applicatie");
        }
        if (CAMUNDA.equals(ns) && "script".equals(local)) {
            problems.code(describe(owner(element)) + ": bevat een script (camunda:script); scripts zijn niet "
                    + "toegestaan");
        }
        if (CAMUNDA.equals(ns) && "connector".equals(local)) {
            problems.code(describe(owner(element)) + ": connectors (camunda:connector) zijn niet toegestaan");
        }
        if (BPMN.equals(ns) && element.hasAttribute("language")
                && ("conditionExpression".equals(local) || "script".equals(local))) {
            problems.code(describe(owner(element)) + ": een voorwaarde in een scripttaal (" + element.getAttribute(
                    "language") + ") is niet toegestaan; schrijf een expressie zoals ${uitkomst == 'JA'}");
        }
        if (element.hasAttributeNS(CAMUNDA, "resource")) {
            problems.code(describe(owner(element)) + ": een extern script (camunda:resource) is niet toegestaan");
        }
        if (element.hasAttributeNS(CAMUNDA, "caseRef")) {
            problems.add(describe(element) + ": CMMN-cases (camunda:caseRef) worden niet gebruikt");
        }
        for (String attribute : CLASS_ATTRIBUTES) {
            boolean onListener = CAMUNDA.equals(ns) && element.hasAttribute(attribute);
            if (element.hasAttributeNS(CAMUNDA, attribute) || onListener) {
                problems.code(describe(owner(element)) + ": " + attribute + " noemt Java-code ("
                        + (onListener ? element.getAttribute(attribute) : element.getAttributeNS(CAMUNDA, attribute))
                        + "); alleen stappen van de applicatie via delegateExpression mogen");
            }
        }
        String delegate = element.hasAttributeNS(CAMUNDA, "delegateExpression")
                ? element.getAttributeNS(CAMUNDA, "delegateExpression")
                : CAMUNDA.equals(ns) && element.hasAttribute("delegateExpression")
                        ? element.getAttribute("delegateExpression") : null;
        if (delegate != null) {
            expressions.checkDelegateExpression(delegate)
                    .ifPresent(p -> problems.add(describe(owner(element)) + ": " + p));
        }
        checkExpressions(element, problems);

        if (BPMN.equals(ns) && "userTask".equals(local)) {
            String formRef = Xml.attribute(element, CAMUNDA, "formRef");
            if (formRef != null) {
                if (!ExpressionPolicy.hasExpression(formRef)) {
                    forms.add(new BpmnFacts.Reference(formRef, binding(element, "formRefBinding"), describe(element)));
                }
            } else if (Xml.attribute(element, CAMUNDA, "formKey") != null) {
                problems.add("gebruikerstaak " + describe(element) + ": gebruikt een formKey; koppel een Camunda "
                        + "Form met Form reference (camunda:formRef), dan toont de app het formulier");
            } else {
                problems.add("gebruikerstaak " + describe(element) + ": heeft geen formulier (camunda:formRef)");
            }
            literals(Xml.attribute(element, CAMUNDA, "candidateGroups"))
                    .forEach(g -> groups.add(new BpmnFacts.Reference(g, null, describe(element))));
            literals(Xml.attribute(element, CAMUNDA, "candidateUsers"))
                    .forEach(u -> users.add(new BpmnFacts.Reference(u, null, describe(element))));
            literals(Xml.attribute(element, CAMUNDA, "assignee"))
                    .forEach(u -> users.add(new BpmnFacts.Reference(u, null, describe(element))));
        }
        if (BPMN.equals(ns) && "businessRuleTask".equals(local)) {
            String decisionRef = Xml.attribute(element, CAMUNDA, "decisionRef");
            if (decisionRef != null && !ExpressionPolicy.hasExpression(decisionRef)) {
                decisions.add(new BpmnFacts.Reference(decisionRef, binding(element, "decisionRefBinding"),
                        describe(element)));
            }
        }
        if (BPMN.equals(ns) && "callActivity".equals(local)) {
            String calledElement = Xml.attribute(element, null, "calledElement");
            if (calledElement != null && !ExpressionPolicy.hasExpression(calledElement)) {
                called.add(new BpmnFacts.Reference(calledElement, binding(element, "calledElementBinding"),
                        describe(element)));
            }
        }
    }

    /** Every attribute and own text that holds an expression, except where the engine never evaluates it. */
    private void checkExpressions(Element element, Findings problems) {
        String ns = element.getNamespaceURI();
        String local = element.getLocalName();
        if (BPMN.equals(ns) && ("documentation".equals(local) || "text".equals(local))) {
            return;
        }
        if (CAMUNDA.equals(ns) && ("string".equals(local) || "property".equals(local))) {
            return;
        }
        if (isInside(element, BPMN, "documentation") || isInside(element, BPMN, "textAnnotation")) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName();
            if ("id".equals(name) || "delegateExpression".equals(name)) {
                continue;
            }
            if (ExpressionPolicy.hasExpression(attribute.getValue())) {
                check(attribute.getValue(), element, problems);
            }
        }
        String text = Xml.ownText(element).trim();
        if (ExpressionPolicy.hasExpression(text)) {
            check(text, element, problems);
        }
    }

    private void check(String expression, Element element, Findings problems) {
        Optional<String> problem = expressions.check(expression);
        problem.ifPresent(p -> problems.add(describe(owner(element)) + ": " + p));
    }

    private static boolean isInsideExecutableProcess(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (BPMN.equals(e.getNamespaceURI()) && "process".equals(e.getLocalName())
                    && "true".equals(e.getAttribute("isExecutable"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Element element, String namespace, String localName) {
        for (Node n = element.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if (namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** The nearest BPMN element with an id: the task a listener or a condition belongs to. */
    private static Element owner(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (BPMN.equals(e.getNamespaceURI()) && e.hasAttribute("id")) {
                return e;
            }
        }
        return element;
    }

    private static String binding(Element element, String attribute) {
        String binding = Xml.attribute(element, CAMUNDA, attribute);
        return binding == null ? "latest" : binding;
    }

    /** The literal names of a comma-separated list; expressions such as ${team} are checked elsewhere. */
    private static List<String> literals(String list) {
        if (list == null) {
            return List.of();
        }
        if ((list.startsWith("${") || list.startsWith("#{")) && list.endsWith("}") && list.indexOf('}') == list.length() - 1) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty() && !s.contains("{") && !s.contains("}")).toList();
    }

    /** The problems found, and whether any of them names code to run. */
    private static final class Findings extends ArrayList<String> {
        boolean namesCode;

        void code(String problem) {
            namesCode = true;
            add(problem);
        }
    }

    static String describe(Element element) {
        String id = element.getAttribute("id");
        String name = element.getAttribute("name");
        String shownId = id.isEmpty() ? element.getLocalName() : id;
        return name.isBlank() ? shownId : "“" + name.trim().replaceAll("\\s+", " ") + "” (" + shownId + ")";
    }

    private static String kind(String local) {
        return switch (local) {
            case "sequenceFlow" -> "pijl";
            case "exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway",
                    "complexGateway" -> "gateway";
            case "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent",
                    "boundaryEvent" -> "gebeurtenis";
            case "subProcess", "transaction", "adHocSubProcess" -> "subproces";
            default -> "taak";
        };
    }

    private static String example(String local) {
        return switch (local) {
            case "sequenceFlow" -> "SequenceFlow_ClientReachedNo";
            case "exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway",
                    "complexGateway" -> "Gateway_ClientReached";
            case "startEvent" -> "StartEvent_ReferralReceived";
            case "endEvent" -> "EndEvent_ClientHandedOver";
            case "boundaryEvent" -> "BoundaryEvent_NoContactIn2Weeks";
            case "intermediateCatchEvent", "intermediateThrowEvent" -> "Event_FollowUpDue";
            case "subProcess", "transaction", "adHocSubProcess" -> "SubProcess_FirstContact";
            case "callActivity" -> "CallActivity_VerkennendGesprek";
            default -> "Task_ContactClient";
        };
    }
}
