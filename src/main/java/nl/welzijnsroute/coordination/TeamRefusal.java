package nl.welzijnsroute.coordination;

import java.util.List;

/**
 * A membership change that was refused, nothing changed: one problem per field (message keys in
 * messages-beheer-teams). For a reassignment the field is {@code assignments[<taskId>]}.
 */
public class TeamRefusal extends RuntimeException {

    public record Problem(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Problem> problems;

    TeamRefusal(List<Problem> problems) {
        super(problems.isEmpty() ? null : problems.get(0).messageKey(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    TeamRefusal(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
