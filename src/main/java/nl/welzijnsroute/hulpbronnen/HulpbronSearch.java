package nl.welzijnsroute.hulpbronnen;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding hulpbronnen on the sociale kaart. Gemeenten and themes are comma-separated columns and the region plans
 * some forty groups, so the catalogue is read in one query and filtered here; the same rules serve the catalogue
 * page, the API and the case page.
 */
@Service
@Transactional(readOnly = true)
public class HulpbronSearch {

    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl"));

    /** By name as a Dutch reader sorts it (case and accents second), then by id so the order is stable. */
    static final Comparator<Hulpbron> BY_NAME = Comparator.comparing(Hulpbron::getName, DUTCH::compare)
            .thenComparing(Hulpbron::getId);

    private final HulpbronRepository hulpbronnen;

    HulpbronSearch(HulpbronRepository hulpbronnen) {
        this.hulpbronnen = hulpbronnen;
    }

    /**
     * Every filter is optional (null or false: no filter).
     *
     * @param onlyFree        only those with a free place (no limit counts as free)
     * @param includeInactive also the deactivated ones (for coordinators)
     */
    public List<Hulpbron> search(Municipality gemeente, Reason theme, HulpbronKind kind, boolean onlyFree,
            boolean includeInactive) {
        return hulpbronnen.findForCatalogue(includeInactive).stream()
                .filter(h -> includeInactive || h.isActive())
                .filter(h -> gemeente == null || h.serves(gemeente))
                .filter(h -> theme == null || h.getThemes().contains(theme))
                .filter(h -> kind == null || h.getKind() == kind)
                .filter(h -> !onlyFree || h.hasFreePlace())
                .sorted(BY_NAME).toList();
    }

    /**
     * The active hulpbronnen that serve the person's gemeente, best first: most themes in common with the case's
     * reasons, then those with a free place (no limit counts as free), then by name. Hulpbronnen without a theme in
     * common are included, last; a gemeente of null gives none.
     */
    public List<RankedHulpbron> rankedFor(Collection<Reason> reasons, Municipality gemeente) {
        if (gemeente == null) {
            return List.of();
        }
        Set<Reason> wanted = reasons == null || reasons.isEmpty() ? EnumSet.noneOf(Reason.class)
                : EnumSet.copyOf(reasons);
        Comparator<RankedHulpbron> best = Comparator
                .comparingInt((RankedHulpbron r) -> r.matchingThemes().size()).reversed()
                .thenComparing(RankedHulpbron::hasFreePlace, Comparator.reverseOrder())
                .thenComparing(RankedHulpbron::hulpbron, BY_NAME);
        return hulpbronnen.findForCatalogue(false).stream()
                .filter(Hulpbron::isActive)
                .filter(h -> h.serves(gemeente))
                .map(h -> new RankedHulpbron(h, matching(h, wanted), h.freePlaces()))
                .sorted(best).toList();
    }

    private static Set<Reason> matching(Hulpbron hulpbron, Set<Reason> wanted) {
        EnumSet<Reason> common = EnumSet.noneOf(Reason.class);
        common.addAll(hulpbron.getThemes());
        common.retainAll(wanted);
        return common;
    }
}
