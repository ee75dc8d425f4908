package nl.welzijnsroute.hulpbronnen;

import java.util.Set;
import nl.welzijnsroute.referral.Reason;

/**
 * A hulpbron as {@link HulpbronSearch#rankedFor} proposes it for a case.
 *
 * @param matchingThemes the case's reasons this hulpbron has as a theme (possibly none)
 * @param freePlaces     null when there is no limit
 */
public record RankedHulpbron(Hulpbron hulpbron, Set<Reason> matchingThemes, Integer freePlaces) {

    public boolean hasFreePlace() {
        return freePlaces == null || freePlaces > 0;
    }
}
