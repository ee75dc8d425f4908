package nl.welzijnsroute.coordination;

import java.util.List;

/**
 * A migration that cannot start, with the message key (in messages-beheer-teams) and its arguments. Nothing was
 * changed. {@code kind} tells the API its status: 404 for an unknown process or version, 409 while another migration
 * of the same version runs, 400 otherwise.
 */
public class MigrationRefusal extends RuntimeException {

    public enum Kind {
        NOT_FOUND, CONFLICT, INVALID
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;
    private final transient List<String> details;

    MigrationRefusal(Kind kind, String messageKey, Object... arguments) {
        this(kind, messageKey, List.of(), arguments);
    }

    MigrationRefusal(Kind kind, String messageKey, List<String> details, Object... arguments) {
        super(messageKey, null, false, false);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.details = List.copyOf(details);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Further lines, e.g. the engine's objections to a plan. */
    public List<String> details() {
        return details;
    }
}
