package nl.welzijnsroute.hulpbronnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.welzijnsroute.demo.DemoDataProperties;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;
import nl.welzijnsroute.security.Roles;
import nl.welzijnsroute.support.Hulpbronnen;
import nl.welzijnsroute.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo sociale kaart: four groups per gemeente as the region plans, the personas' groups, two facilitators. */
@IntegrationTest
class HulpbronnenDemoDataTest {

    @Autowired
    HulpbronnenDemoData demoData;
    @Autowired
    Hulpbronnen fixtures;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void catalogue_hasFourGroupsInEveryGemeente_andTwoRegionalOnesWithoutALimit() {
        List<HulpbronnenDemoData.Demo> demo = HulpbronnenDemoData.catalogue();
        List<HulpbronnenDemoData.Demo> groups = demo.stream().filter(d -> d.kind() == HulpbronKind.GROEP).toList();
        assertThat(groups).hasSize(40);
        Map<Municipality, Long> perGemeente = groups.stream().collect(Collectors.groupingBy(
                d -> d.gemeenten().iterator().next(), Collectors.counting()));
        assertThat(perGemeente).hasSize(10).allSatisfy((gemeente, count) -> assertThat(count).isEqualTo(4));
        assertThat(groups).allSatisfy(g -> {
            assertThat(g.gemeenten()).hasSize(1);
            assertThat(g.places()).isBetween(6, 12);
            assertThat(g.taken()).isBetween(0, g.places());
            assertThat(g.themes()).isNotEmpty();
        });
        assertThat(groups).filteredOn(g -> g.places() - g.taken() <= 1).as("a few nearly full").hasSizeBetween(3, 8);
        assertThat(demo).filteredOn(d -> d.kind() != HulpbronKind.GROEP).hasSize(2).allSatisfy(d -> {
            assertThat(d.places()).isNull();
            assertThat(d.gemeenten()).hasSize(10);
        });
        assertThat(demo).extracting(HulpbronnenDemoData.Demo::name).doesNotHaveDuplicates();
        assertThat(demo).allSatisfy(d -> {
            assertThat(d.name().length()).isLessThanOrEqualTo(200);
            assertThat(d.description().length()).isLessThanOrEqualTo(2000);
        });

        Map<String, HulpbronnenDemoData.Demo> byName = demo.stream()
                .collect(Collectors.toMap(HulpbronnenDemoData.Demo::name, Function.identity()));
        assertThat(byName.get("Voluit Leven").gemeenten()).containsExactly(Municipality.GRONINGEN);
        assertThat(byName.get("Voluit Leven").themes()).containsExactlyInAnyOrder(Reason.STRESS, Reason.LOW_MOOD,
                Reason.MEANING);
        assertThat(byName.get("Voluit Leven").places()).isEqualTo(12);
        assertThat(byName.get("Schuldhulpgroep Stabiel Thuis").gemeenten()).containsExactly(Municipality.GRONINGEN);
        assertThat(byName.get("Schuldhulpgroep Stabiel Thuis").themes()).containsExactlyInAnyOrder(Reason.FINANCES,
                Reason.STRESS, Reason.RELATIONSHIPS);
        assertThat(byName.get("Herstelgroep Stadskanaal").gemeenten()).containsExactly(Municipality.STADSKANAAL);
        assertThat(byName.get("Herstelgroep Stadskanaal").themes()).containsExactlyInAnyOrder(Reason.LOW_MOOD,
                Reason.MEANING);
    }

    @Test
    void insert_storesTheKaart_withFacilitatorsForGroningenAndStadskanaal_inOneTransaction() {
        boolean existedBefore = identityService.createUserQuery().userId("begeleider.stadskanaal").count() > 0;
        long before = fixtures.count();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        // Rolled back at the end: other tests share this database and the demo kaart is not theirs.
        transaction.executeWithoutResult(status -> {
            List<Hulpbron> saved = demoData.insert();
            assertThat(saved).hasSize(42);
            for (String begeleider : List.of("begeleider.groningen", "begeleider.stadskanaal")) {
                assertThat(identityService.createUserQuery().userId(begeleider).memberOfGroup(Roles.BEGELEIDER)
                        .count()).isEqualTo(1);
                assertThat(identityService.checkPassword(begeleider, DemoDataProperties.PASSWORD)).isTrue();
            }
            Map<String, Hulpbron> byName = saved.stream()
                    .collect(Collectors.toMap(Hulpbron::getName, Function.identity()));
            assertThat(byName.get("Voluit Leven").getBegeleiders()).containsExactly("begeleider.groningen");
            assertThat(byName.get("Schuldhulpgroep Stabiel Thuis").getBegeleiders())
                    .containsExactly("begeleider.groningen");
            assertThat(byName.get("Herstelgroep Stadskanaal").getBegeleiders())
                    .containsExactly("begeleider.stadskanaal");
            assertThat(byName.get("Taalcafé Delfzijl").getBegeleiders()).isEmpty();
            assertThat(byName.get("Online Herstelgroep").getBegeleiders()).isEmpty();
            assertThat(saved).filteredOn(h -> h.getBegeleiders().contains("begeleider.groningen")).hasSize(4);
            assertThat(jdbc.queryForObject("SELECT places_taken FROM hulpbron WHERE id = ?", Integer.class,
                    byName.get("Voluit Leven").getId())).isEqualTo(9);
            status.setRollbackOnly();
        });
        assertThat(fixtures.count()).as("rolled back").isEqualTo(before);
        assertThat(identityService.createUserQuery().userId("begeleider.stadskanaal").count() > 0)
                .as("the users are in the same transaction").isEqualTo(existedBefore);
    }

    @Test
    void load_addsNothing_whenTheKaartHasAnyHulpbron() {
        fixtures.group(Hulpbronnen.unique("demo") + "Bestaande groep", Municipality.PEKELA,
                Set.of(Reason.LONELINESS), 8, 0);
        long before = fixtures.count();
        demoData.load();
        assertThat(fixtures.count()).isEqualTo(before);
    }
}
