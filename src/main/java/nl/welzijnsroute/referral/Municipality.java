package nl.welzijnsroute.referral;

import java.util.Arrays;
import java.util.Optional;

/** The ten gemeenten of the Groningen region, named exactly as the routing table expects them. */
public enum Municipality {
    EEMSDELTA("Eemsdelta"),
    GRONINGEN("Groningen"),
    HET_HOGELAND("Het Hogeland"),
    MIDDEN_GRONINGEN("Midden-Groningen"),
    OLDAMBT("Oldambt"),
    PEKELA("Pekela"),
    STADSKANAAL("Stadskanaal"),
    VEENDAM("Veendam"),
    WESTERKWARTIER("Westerkwartier"),
    WESTERWOLDE("Westerwolde");

    private final String displayName;

    Municipality(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The WoR team that serves adults of this gemeente, e.g. {@code team-het-hogeland}. */
    public String teamGroupId() {
        return "team-" + name().toLowerCase().replace('_', '-');
    }

    public static Optional<Municipality> fromDisplayName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        return Arrays.stream(values()).filter(m -> m.displayName.equalsIgnoreCase(trimmed)).findFirst();
    }
}
