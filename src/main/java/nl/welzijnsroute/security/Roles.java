package nl.welzijnsroute.security;

import java.util.List;

/** The app's roles. Each is a Camunda group; a user's groups become Spring authorities {@code ROLE_<groupId>}. */
public final class Roles {

    public static final String HUISARTS = "huisarts";
    /** A professional referrer other than the huisarts: school mentor, chatter, GGZ practitioner, leefstijlcoach. */
    public static final String VERWIJZER = "verwijzer";
    /** The facilitator of a hulpbron (a group's leader): sees only their own hulpbronnen's handovers. */
    public static final String BEGELEIDER = "begeleider";
    /** An expert by experience, invited per case; sees only the cases they are invited to. */
    public static final String ERVARINGSDESKUNDIGE = "ervaringsdeskundige";
    public static final String COACH = "coach";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";
    /** Camunda's own administrator group; its members count as {@link #ADMIN}. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    public static final String TEAM_PREFIX = "team-";
    public static final String JONGEREN_GRONINGEN = "team-jongeren-groningen";

    public static final List<String> ROLE_GROUPS = List.of(HUISARTS, VERWIJZER, ERVARINGSDESKUNDIGE, BEGELEIDER, COACH, COORDINATOR, ADMIN);

    private Roles() {
    }
}
