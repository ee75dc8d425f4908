package nl.welzijnsroute.hulpbronnen;

import static nl.welzijnsroute.referral.Reason.GRIEF;
import static nl.welzijnsroute.referral.Reason.LONELINESS;
import static nl.welzijnsroute.referral.Reason.LOW_MOOD;
import static nl.welzijnsroute.referral.Reason.MEANING;
import static nl.welzijnsroute.referral.Reason.STRESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.support.Hulpbronnen;
import nl.welzijnsroute.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link HulpbronSearch}: the filters of the catalogue and the ranking the case page shows. */
@IntegrationTest
class HulpbronSearchTest {

    @Autowired
    HulpbronSearch search;
    @Autowired
    Hulpbronnen fixtures;

    @Test
    void rankedFor_mostThemesInCommonFirst_thenAFreePlace_thenByName_onlyActiveOnesServingTheGemeente() {
        String p = Hulpbronnen.unique("rank");
        Set<nl.welzijnsroute.referral.Reason> reasons = EnumSet.of(STRESS, LOW_MOOD);
        // Created in a shuffled order, so the ranking cannot come from the ids.
        fixtures.group(p + "Cavia", Municipality.VEENDAM, Set.of(STRESS, GRIEF), 5, 0);
        fixtures.group(p + "Aap", Municipality.VEENDAM, Set.of(STRESS, LOW_MOOD), 10, 10);
        fixtures.group(p + "Beer", Municipality.VEENDAM, Set.of(GRIEF), 6, 0);
        fixtures.create(p + "Bever", HulpbronKind.ONLINE, EnumSet.allOf(Municipality.class),
                Set.of(STRESS, LOW_MOOD, MEANING), null, 0);
        fixtures.group(p + "Alpaca", Municipality.VEENDAM, Set.of(LOW_MOOD), 5, 5);
        fixtures.group(p + "Eend", Municipality.VEENDAM, Set.of(LOW_MOOD, STRESS, LONELINESS), 8, 7);
        fixtures.group(p + "Das", Municipality.VEENDAM, Set.of(LOW_MOOD), 5, 4);
        fixtures.group(p + "Anderswo", Municipality.PEKELA, Set.of(STRESS, LOW_MOOD), 5, 0);
        fixtures.deactivate(fixtures.group(p + "Gestopt", Municipality.VEENDAM, Set.of(STRESS, LOW_MOOD), 5, 0));

        List<RankedHulpbron> ranked = search.rankedFor(reasons, Municipality.VEENDAM).stream()
                .filter(r -> r.hulpbron().getName().startsWith(p)).toList();

        assertThat(ranked).extracting(r -> r.hulpbron().getName().substring(p.length()))
                .containsExactly("Bever", "Eend", "Aap", "Cavia", "Das", "Alpaca", "Beer");
        assertThat(ranked.get(0).matchingThemes()).containsExactlyInAnyOrder(STRESS, LOW_MOOD);
        assertThat(ranked.get(0).freePlaces()).as("no limit").isNull();
        assertThat(ranked.get(0).hasFreePlace()).isTrue();
        assertThat(ranked.get(1).freePlaces()).isEqualTo(1);
        assertThat(ranked.get(2).freePlaces()).isZero();
        assertThat(ranked.get(2).hasFreePlace()).isFalse();
        assertThat(ranked.get(3).matchingThemes()).containsExactly(STRESS);
        assertThat(ranked.get(6).matchingThemes()).isEmpty();
    }

    @Test
    void rankedFor_withoutReasons_ordersByFreePlaceThenName_andWithoutGemeenteFindsNothing() {
        String p = Hulpbronnen.unique("rank0");
        fixtures.group(p + "A vol", Municipality.EEMSDELTA, Set.of(GRIEF), 4, 4);
        fixtures.group(p + "B vrij", Municipality.EEMSDELTA, Set.of(GRIEF), 4, 1);

        assertThat(search.rankedFor(Set.of(), Municipality.EEMSDELTA)).filteredOn(r -> r.hulpbron().getName()
                .startsWith(p)).extracting(r -> r.hulpbron().getName().substring(p.length()))
                .containsExactly("B vrij", "A vol");
        assertThat(search.rankedFor(Set.of(GRIEF), null)).isEmpty();
    }

    @Test
    void search_filtersByGemeenteThemeKindAndFreePlaces_andShowsInactiveOnlyWhenAsked() {
        String p = Hulpbronnen.unique("search");
        fixtures.group(p + "Rouwgroep", Municipality.OLDAMBT, Set.of(GRIEF, MEANING), 8, 8);
        fixtures.group(p + "Wandelgroep", Municipality.OLDAMBT, Set.of(LONELINESS), 12, 3);
        fixtures.create(p + "Online", HulpbronKind.ONLINE, EnumSet.of(Municipality.OLDAMBT, Municipality.PEKELA),
                Set.of(LOW_MOOD), null, 0);
        fixtures.group(p + "Elders", Municipality.PEKELA, Set.of(GRIEF), 8, 0);
        fixtures.deactivate(fixtures.group(p + "Gestopt", Municipality.OLDAMBT, Set.of(GRIEF), 8, 0));

        assertThat(names(p, search.search(Municipality.OLDAMBT, null, null, false, false)))
                .containsExactly("Online", "Rouwgroep", "Wandelgroep");
        assertThat(names(p, search.search(Municipality.OLDAMBT, null, null, false, true)))
                .containsExactly("Gestopt", "Online", "Rouwgroep", "Wandelgroep");
        assertThat(names(p, search.search(null, GRIEF, null, false, false))).containsExactly("Elders", "Rouwgroep");
        assertThat(names(p, search.search(null, null, HulpbronKind.ONLINE, false, false))).containsExactly("Online");
        assertThat(names(p, search.search(Municipality.OLDAMBT, null, null, true, false)))
                .as("full ones left out, no limit counts as free").containsExactly("Online", "Wandelgroep");
        assertThat(names(p, search.search(Municipality.PEKELA, GRIEF, HulpbronKind.GROEP, true, false)))
                .containsExactly("Elders");
    }

    private static List<String> names(String prefix, List<Hulpbron> found) {
        return found.stream().map(Hulpbron::getName).filter(n -> n.startsWith(prefix))
                .map(n -> n.substring(prefix.length())).toList();
    }
}
