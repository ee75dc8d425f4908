package nl.welzijnsroute.coordination;

/** An unknown team (or a group that is not a team), an unknown user, or a user who is not a member: 404. */
public class TeamNotFound extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    TeamNotFound(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
