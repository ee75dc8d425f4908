package nl.welzijnsroute.coordination;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a coordinator can deploy: a process (.bpmn), a decision table (.dmn) or a Camunda Form (.form). */
public enum DefinitionType {
    PROCESS("process", "processen", ".bpmn", ".bpmn20.xml"),
    DECISION("decision", "beslissingen", ".dmn", ".dmn11.xml"),
    FORM("form", "formulieren", ".form");

    private final String apiName;
    private final String pathSegment;
    private final String[] suffixes;

    DefinitionType(String apiName, String pathSegment, String... suffixes) {
        this.apiName = apiName;
        this.pathSegment = pathSegment;
        this.suffixes = suffixes;
    }

    /** As the API names it: process, decision, form. */
    public String apiName() {
        return apiName;
    }

    /** As the pages' URLs name it: /beheer/processen, /beheer/beslissingen, /beheer/formulieren. */
    public String pathSegment() {
        return pathSegment;
    }

    public static Optional<DefinitionType> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> Arrays.stream(t.suffixes).anyMatch(lower::endsWith))
                .findFirst();
    }

    public static Optional<DefinitionType> ofPathSegment(String segment) {
        return Arrays.stream(values()).filter(t -> t.pathSegment.equals(segment)).findFirst();
    }
}
