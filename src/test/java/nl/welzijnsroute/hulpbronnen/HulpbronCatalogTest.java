package nl.welzijnsroute.hulpbronnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;
import nl.welzijnsroute.support.Hulpbronnen;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.HtmlUtils;

/**
 * The sociale kaart at {@code /hulpbronnen}: coaches search it, only coordinators change it; every rule of the form
 * with its Dutch message at the field and nothing stored on a refusal; one hulpbron per submitted form; places never
 * below the places taken.
 */
@IntegrationTest
class HulpbronCatalogTest {

    private static final String BEGELEIDER = "t.hb.begeleider";
    private static final String OTHER_BEGELEIDER = "t.hb.begeleider2";
    private static final String NOT_A_BEGELEIDER = "t.hb.coach";

    private static final RequestPostProcessor COORDINATOR = user("t.hb.coordinator").roles("coordinator");
    private static final RequestPostProcessor COACH = user(NOT_A_BEGELEIDER).roles("coach", "team-oldambt");
    private static final RequestPostProcessor HUISARTS = user("t.hb.huisarts").roles("huisarts");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Hulpbronnen fixtures;

    @BeforeEach
    void users() {
        users.user(BEGELEIDER, "begeleider");
        users.user(OTHER_BEGELEIDER, "begeleider");
        users.user(NOT_A_BEGELEIDER, "coach", "team-oldambt");
    }

    // ---------------------------------------------------------------- who may do what

    @Test
    void coach_searchesTheKaart_butGets403OnEveryPageThatChangesIt_andNothingChanges() throws Exception {
        Hulpbron hulpbron = fixtures.group(Hulpbronnen.unique("coach") + "Wandelgroep", Municipality.OLDAMBT,
                Set.of(Reason.LONELINESS), 10, 0);
        long before = fixtures.count();

        String html = mvc.perform(get("/hulpbronnen").with(COACH)).andExpect(status().isOk())
                .andExpect(view().name("hulpbronnen/list")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("lang=\"nl\"", "Hulpbronnen", "Alleen met vrije plaatsen",
                esc(hulpbron.getName()));
        assertThat(html).as("no edit links or new button for a coach")
                .doesNotContain("/bewerken", "id=\"new-hulpbron\"");

        mvc.perform(get("/hulpbronnen/nieuw").with(COACH)).andExpect(status().isForbidden());
        mvc.perform(validForm(post("/hulpbronnen/nieuw"), "Door een coach").with(COACH).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/hulpbronnen/" + hulpbron.getId() + "/bewerken").with(COACH))
                .andExpect(status().isForbidden());
        mvc.perform(validForm(post("/hulpbronnen/" + hulpbron.getId() + "/bewerken"), "Hernoemd door coach")
                .with(COACH).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/hulpbronnen/" + hulpbron.getId() + "/deactiveren").with(COACH).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/hulpbronnen/999999999/bewerken").with(COACH).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(fixtures.count()).isEqualTo(before);
        Hulpbron after = fixtures.reload(hulpbron.getId());
        assertThat(after.getName()).isEqualTo(hulpbron.getName());
        assertThat(after.isActive()).isTrue();
    }

    @Test
    void otherRoles_andAnonymous_doNotGetIn() throws Exception {
        mvc.perform(get("/hulpbronnen").with(HUISARTS)).andExpect(status().isForbidden());
        mvc.perform(get("/hulpbronnen").with(user(BEGELEIDER).roles("begeleider"))).andExpect(status().isForbidden());
        mvc.perform(get("/hulpbronnen")).andExpect(status().is3xxRedirection());
    }

    @Test
    void unknownIds_are404_forACoordinator() throws Exception {
        mvc.perform(get("/hulpbronnen/999999999/bewerken").with(COORDINATOR)).andExpect(status().isNotFound());
        mvc.perform(validForm(post("/hulpbronnen/999999999/bewerken"), "Niemand").with(COORDINATOR).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/hulpbronnen/999999999/deactiveren").with(COORDINATOR).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/hulpbronnen/999999999/activeren").with(COORDINATOR).with(csrf()))
                .andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- creating, editing, (de)activating

    @Test
    void coordinator_createsAHulpbron_trimmed_withFacilitators_andCoachesFindIt() throws Exception {
        String name = Hulpbronnen.unique("create") + "Voluit Leven Oldambt";
        String formPage = mvc.perform(get("/hulpbronnen/nieuw").with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(formPage).contains("Nieuwe hulpbron", "Naam", "Soort", "Organisatie", "Gemeenten",
                "Aantal plaatsen", "Begeleiders", "stress/spanning", "Het Hogeland", BEGELEIDER);
        assertThat(formPage).doesNotContain("id=\"form-errors\"", "Deactiveren");
        String formKey = hidden(formPage, "formKey");
        assertThat(UUID.fromString(formKey).toString()).isEqualTo(formKey);

        MvcResult result = mvc.perform(validForm(post("/hulpbronnen/nieuw"), "  " + name + "  ")
                        .param("begeleiders", BEGELEIDER, OTHER_BEGELEIDER).param("formKey", formKey)
                        .with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "hulpbron.created"))
                .andReturn();

        Hulpbron created = single(name);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/hulpbronnen#hulpbron-" + created.getId());
        assertThat(created.getKind()).isEqualTo(HulpbronKind.GROEP);
        assertThat(created.getOrganisation()).isEqualTo("Welzijn Oldambt");
        assertThat(created.getGemeenten()).containsExactlyInAnyOrder(Municipality.OLDAMBT, Municipality.PEKELA);
        assertThat(created.getThemes()).containsExactlyInAnyOrder(Reason.STRESS, Reason.LOW_MOOD);
        assertThat(created.getPlaces()).isEqualTo(12);
        assertThat(created.getLocation()).isEqualTo("Wijkcentrum, Winschoten");
        assertThat(created.getSchedule()).isEqualTo("8 dinsdagochtenden");
        assertThat(created.getContact()).isEqualTo("0597 123 456");
        assertThat(created.getDescription()).isNull();
        assertThat(created.getBegeleiders()).containsExactlyInAnyOrder(BEGELEIDER, OTHER_BEGELEIDER);
        assertThat(created.isActive()).isTrue();
        assertThat(created.getFormKey()).isEqualTo(formKey);

        String prefix = name.substring(0, name.indexOf(' ') + 1);
        assertThat(shown(prefix, get("/hulpbronnen").param("gemeente", "Pekela")))
                .as("once, however many facilitators").containsExactly(created.getId());
        String list = mvc.perform(get("/hulpbronnen").param("gemeente", "Pekela").with(COACH))
                .andReturn().getResponse().getContentAsString();
        assertThat(row(list, created.getId())).contains(esc(name), "12 van 12 vrij", "stress/spanning", "somberheid",
                ">Oldambt<", ">Pekela<", "Welzijn Oldambt", "8 dinsdagochtenden", "0597 123 456");
    }

    @Test
    void doubleSubmitOfNieuw_createsOneHulpbron_alsoAtTheSameMoment() throws Exception {
        String name = Hulpbronnen.unique("double") + "Taalcafé";
        String formKey = UUID.randomUUID().toString();
        String first = mvc.perform(validForm(post("/hulpbronnen/nieuw"), name).param("formKey", formKey)
                        .with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(validForm(post("/hulpbronnen/nieuw"), name).param("formKey", formKey)
                        .with(COORDINATOR).with(csrf()))
                .andExpect(redirectedUrl(first));
        assertThat(fixtures.named(name)).hasSize(1);

        String together = Hulpbronnen.unique("together") + "Taalcafé";
        String sameKey = UUID.randomUUID().toString();
        List<CompletableFuture<Integer>> submits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            submits.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return mvc.perform(validForm(post("/hulpbronnen/nieuw"), together).param("formKey", sameKey)
                            .with(COORDINATOR).with(csrf())).andReturn().getResponse().getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        assertThat(submits.stream().map(CompletableFuture::join)).containsOnly(302);
        assertThat(fixtures.named(together)).hasSize(1);

        // Two different forms with the same content are two hulpbronnen: the key is per opened form.
        mvc.perform(validForm(post("/hulpbronnen/nieuw"), name).param("formKey", UUID.randomUUID().toString())
                .with(COORDINATOR).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(fixtures.named(name)).hasSize(2);
    }

    @Test
    void coordinator_editsAHulpbron_andTheFormShowsItsValues() throws Exception {
        String p = Hulpbronnen.unique("edit");
        Hulpbron hulpbron = fixtures.group(p + "Rouwgroep", Municipality.VEENDAM, Set.of(Reason.GRIEF), 8, 0);

        String html = mvc.perform(get("/hulpbronnen/" + hulpbron.getId() + "/bewerken").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Hulpbron bewerken", "value=\"" + esc(p + "Rouwgroep") + "\"",
                "Deactiveren", "Testlocatie");
        assertThat(html).doesNotContain("name=\"formKey\"");
        assertThat(checkbox(html, "gemeenten", "VEENDAM")).contains("checked");
        assertThat(checkbox(html, "gemeenten", "PEKELA")).doesNotContain("checked");

        mvc.perform(validForm(post("/hulpbronnen/" + hulpbron.getId() + "/bewerken"), p + "Verder na Verlies")
                        .param("begeleiders", BEGELEIDER).with(COORDINATOR).with(csrf()))
                .andExpect(redirectedUrl("/hulpbronnen#hulpbron-" + hulpbron.getId()))
                .andExpect(flash().attribute("message", "hulpbron.saved"));
        Hulpbron edited = fixtures.reload(hulpbron.getId());
        assertThat(edited.getName()).isEqualTo(p + "Verder na Verlies");
        assertThat(edited.getThemes()).containsExactlyInAnyOrder(Reason.STRESS, Reason.LOW_MOOD);
        assertThat(edited.getGemeenten()).containsExactlyInAnyOrder(Municipality.OLDAMBT, Municipality.PEKELA);
        assertThat(edited.getDescription()).isNull();
        assertThat(edited.getBegeleiders()).containsExactly(BEGELEIDER);

        // Facilitators can be removed again, and places emptied (no limit).
        mvc.perform(validForm(post("/hulpbronnen/" + hulpbron.getId() + "/bewerken"), p + "Verder na Verlies",
                        f -> f.put("places", "")).param("_begeleiders", "on").with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection());
        edited = fixtures.reload(hulpbron.getId());
        assertThat(edited.getBegeleiders()).isEmpty();
        assertThat(edited.getPlaces()).isNull();
    }

    @Test
    void deactivated_isHiddenFromCoaches_markedForCoordinators_andCanBeActivatedAgain() throws Exception {
        String p = Hulpbronnen.unique("inactive");
        Hulpbron hulpbron = fixtures.group(p + "Mantelzorgcafé", Municipality.WESTERWOLDE, Set.of(Reason.CAREGIVING),
                10, 0);
        String escaped = esc(hulpbron.getName());

        mvc.perform(post("/hulpbronnen/" + hulpbron.getId() + "/deactiveren").with(COORDINATOR).with(csrf()))
                .andExpect(redirectedUrl("/hulpbronnen#hulpbron-" + hulpbron.getId()))
                .andExpect(flash().attribute("message", "hulpbron.deactivated"));
        assertThat(fixtures.reload(hulpbron.getId()).isActive()).isFalse();

        assertThat(page(get("/hulpbronnen").with(COACH))).doesNotContain(escaped);
        assertThat(page(get("/hulpbronnen").param("gemeente", "Westerwolde").with(COACH))).doesNotContain(escaped);
        String forCoordinator = page(get("/hulpbronnen").param("gemeente", "Westerwolde").with(COORDINATOR));
        assertThat(row(forCoordinator, hulpbron.getId())).contains(escaped, "niet actief", "data-active=\"false\"",
                "/hulpbronnen/" + hulpbron.getId() + "/bewerken");
        assertThat(page(get("/hulpbronnen/" + hulpbron.getId() + "/bewerken").with(COORDINATOR)))
                .contains("Activeren", "niet actief");

        mvc.perform(post("/hulpbronnen/" + hulpbron.getId() + "/activeren").with(COORDINATOR).with(csrf()))
                .andExpect(flash().attribute("message", "hulpbron.activated"));
        assertThat(fixtures.reload(hulpbron.getId()).isActive()).isTrue();
        assertThat(page(get("/hulpbronnen").param("gemeente", "Westerwolde").with(COACH))).contains(escaped);
    }

    @Test
    void placesBelowThePlacesTaken_areRefused_andNothingChanges() throws Exception {
        String p = Hulpbronnen.unique("taken");
        Hulpbron hulpbron = fixtures.group(p + "Herstelgroep", Municipality.OLDAMBT, Set.of(Reason.MEANING), 10, 6);

        String html = page(get("/hulpbronnen/" + hulpbron.getId() + "/bewerken").with(COORDINATOR));
        assertThat(html).contains("Nu bezet: 6.");

        MvcResult refused = mvc.perform(validForm(post("/hulpbronnen/" + hulpbron.getId() + "/bewerken"),
                        p + "Kleiner", f -> f.put("places", "5")).with(COORDINATOR).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("hulpbronnen/form")).andReturn();
        assertThat(fieldErrors(refused)).containsExactly("places");
        assertThat(errorAt(refused.getResponse().getContentAsString(), "places"))
                .isEqualTo("Er zijn al 6 plaatsen bezet; het aantal plaatsen kan niet lager zijn.");
        Hulpbron unchanged = fixtures.reload(hulpbron.getId());
        assertThat(unchanged.getName()).as("nothing half-saved").isEqualTo(p + "Herstelgroep");
        assertThat(unchanged.getPlaces()).isEqualTo(10);

        mvc.perform(validForm(post("/hulpbronnen/" + hulpbron.getId() + "/bewerken"), p + "Precies vol",
                f -> f.put("places", "6")).with(COORDINATOR).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(fixtures.reload(hulpbron.getId()).getPlaces()).isEqualTo(6);
        assertThat(page(get("/hulpbronnen").param("gemeente", "Oldambt").with(COACH)))
                .contains("0 van 6 vrij", ">vol<");
    }

    // ---------------------------------------------------------------- validation

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "name|   |Vul de naam in.",
            "name|#201|Deze tekst is te lang: hoogstens 200 tekens.",
            "kind||Kies de soort hulpbron.",
            "kind|NONSENSE|Deze waarde is ongeldig.",
            "organisation|  |Vul de organisatie in.",
            "organisation|#201|Deze tekst is te lang: hoogstens 200 tekens.",
            "places|-1|Vul een aantal plaatsen in van 0 tot en met 500, of laat het veld leeg voor geen limiet.",
            "places|501|Vul een aantal plaatsen in van 0 tot en met 500, of laat het veld leeg voor geen limiet.",
            "places|twaalf|Vul een heel getal in, of laat het veld leeg voor geen limiet.",
            "location|#301|Deze tekst is te lang: hoogstens 300 tekens.",
            "schedule|#301|Deze tekst is te lang: hoogstens 300 tekens.",
            "contact|#301|Deze tekst is te lang: hoogstens 300 tekens.",
            "description|#2001|Deze tekst is te lang: hoogstens 2000 tekens."})
    void eachRule_showsItsDutchMessageAtTheField_keepsTheValues_andStoresNothing(String field, String value,
            String message) throws Exception {
        String name = Hulpbronnen.unique("invalid") + "Groep";
        String sent = value == null ? "" : value.startsWith("#") ? "x".repeat(Integer.parseInt(value.substring(1)))
                : value;
        String html = refused(post("/hulpbronnen/nieuw"), name, f -> f.put(field, sent), field);
        assertThat(errorAt(html, field)).isEqualTo(message);
        if (!field.equals("name")) {
            assertThat(html).as("values kept").contains("value=\"" + esc(name) + "\"");
        }
        if (field.equals("places")) {
            assertThat(html).as("the rejected value as typed").contains("value=\"" + sent + "\"");
        }
        assertThat(checkbox(html, "gemeenten", "OLDAMBT")).contains("checked");
        assertThat(checkbox(html, "themes", "LOW_MOOD")).contains("checked");
        assertThat(checkbox(html, "themes", "GRIEF")).doesNotContain("checked");
        assertThat(html).contains("id=\"form-errors\"", "er is nog niets opgeslagen");
        assertThat(hidden(html, "formKey")).as("the same form key travels on").isNotBlank();
    }

    @Test
    void atLeastOneGemeenteAndOneTheme() throws Exception {
        String name = Hulpbronnen.unique("sets") + "Groep";
        assertThat(errorAt(refused(post("/hulpbronnen/nieuw"), name, f -> f.remove("gemeenten"), "gemeenten"),
                "gemeenten")).isEqualTo("Kies minstens één gemeente.");
        assertThat(errorAt(refused(post("/hulpbronnen/nieuw"), name, f -> f.remove("themes"), "themes"), "themes"))
                .isEqualTo("Kies minstens één thema.");
    }

    @Test
    void facilitators_mustBeMembersOfGroupBegeleider_andAnUnknownOneStaysTickedAndMarked() throws Exception {
        String name = Hulpbronnen.unique("begeleider") + "Groep";
        MvcResult result = mvc.perform(validForm(post("/hulpbronnen/nieuw"), name)
                        .param("begeleiders", BEGELEIDER, "t.hb.nobody", NOT_A_BEGELEIDER)
                        .with(COORDINATOR).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("hulpbronnen/form")).andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(fieldErrors(result)).containsExactly("begeleiders");
        assertThat(errorAt(html, "begeleiders")).isEqualTo("Geen begeleider bekend met deze gebruikersnaam: "
                + "t.hb.nobody, t.hb.coach. Alleen gebruikers met de rol begeleider kunnen een hulpbron begeleiden.");
        assertThat(checkbox(html, "begeleiders", BEGELEIDER)).contains("checked");
        assertThat(checkbox(html, "begeleiders", "t.hb.nobody")).contains("checked");
        assertThat(html).contains("geen begeleider");
        assertThat(fixtures.named(name)).isEmpty();
    }

    @Test
    void editWithErrors_changesNothing() throws Exception {
        String p = Hulpbronnen.unique("editInvalid");
        Hulpbron hulpbron = fixtures.group(p + "Wandelgroep", Municipality.PEKELA, Set.of(Reason.LONELINESS), 8, 0);
        String html = refused(post("/hulpbronnen/" + hulpbron.getId() + "/bewerken"), p + "Nieuwe naam",
                f -> f.put("organisation", ""), "organisation");
        assertThat(html).contains("Hulpbron bewerken", "value=\"" + esc(p + "Nieuwe naam") + "\"");
        Hulpbron unchanged = fixtures.reload(hulpbron.getId());
        assertThat(unchanged.getName()).isEqualTo(p + "Wandelgroep");
        assertThat(unchanged.getOrganisation()).isEqualTo("Testorganisatie");
    }

    // ---------------------------------------------------------------- searching on the page

    @Test
    void listFilters_byGemeenteThemeKindAndFreePlaces() throws Exception {
        String p = Hulpbronnen.unique("filter");
        Hulpbron rouw = fixtures.group(p + "Rouwgroep", Municipality.HET_HOGELAND, Set.of(Reason.GRIEF), 6, 6);
        Hulpbron wandel = fixtures.group(p + "Wandelgroep", Municipality.HET_HOGELAND, Set.of(Reason.LONELINESS), 12, 2);
        Hulpbron online = fixtures.create(p + "Online", HulpbronKind.ONLINE, EnumSet.allOf(Municipality.class),
                Set.of(Reason.GRIEF, Reason.LOW_MOOD), null, 0);
        Hulpbron elders = fixtures.group(p + "Elders", Municipality.WESTERKWARTIER, Set.of(Reason.GRIEF), 6, 0);

        assertThat(shown(p, get("/hulpbronnen").param("gemeente", "Het Hogeland")))
                .containsExactly(online.getId(), rouw.getId(), wandel.getId());
        assertThat(shown(p, get("/hulpbronnen").param("gemeente", "Het Hogeland").param("theme", "GRIEF")))
                .containsExactly(online.getId(), rouw.getId());
        assertThat(shown(p, get("/hulpbronnen").param("theme", "GRIEF").param("kind", "GROEP")))
                .containsExactly(elders.getId(), rouw.getId());
        assertThat(shown(p, get("/hulpbronnen").param("gemeente", "Het Hogeland").param("free", "true")))
                .containsExactly(online.getId(), wandel.getId());

        String html = page(get("/hulpbronnen").param("gemeente", "Het Hogeland").param("theme", "GRIEF")
                .param("free", "true").with(COACH));
        assertThat(html).as("the filters stay chosen").contains("value=\"Het Hogeland\" selected",
                "value=\"GRIEF\" selected", "id=\"free\" name=\"free\" value=\"true\" checked");
        assertThat(row(html, online.getId())).contains("hele regio", "geen limiet", "online", "rouw/verlies",
                "somberheid");
        // Values that name nothing are no filter at all.
        assertThat(shown(p, get("/hulpbronnen").param("gemeente", "Atlantis").param("theme", "HAPPY")))
                .contains(rouw.getId(), elders.getId());
    }

    // ---------------------------------------------------------------- helpers

    private MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String name) {
        return validForm(request, name, f -> {
        });
    }

    /** A valid form, changed by {@code change}; a null value leaves the parameter out. */
    private MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String name,
            Consumer<Map<String, Object>> change) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", "GROEP");
        fields.put("organisation", "Welzijn Oldambt");
        fields.put("gemeenten", new String[] {"OLDAMBT", "PEKELA"});
        fields.put("themes", new String[] {"STRESS", "LOW_MOOD"});
        fields.put("places", "12");
        fields.put("location", "Wijkcentrum, Winschoten");
        fields.put("schedule", "8 dinsdagochtenden");
        fields.put("contact", "0597 123 456");
        fields.put("description", "  ");
        change.accept(fields);
        fields.forEach((key, value) -> {
            if (value instanceof String[] values) {
                request.param(key, values);
            } else if (value != null) {
                request.param(key, (String) value);
            }
        });
        return request;
    }

    /** Posts a form with one rule broken; expects the form back with an error at exactly that field. */
    private String refused(MockHttpServletRequestBuilder request, String name, Consumer<Map<String, Object>> change,
            String field) throws Exception {
        long before = fixtures.count();
        MvcResult result = mvc.perform(validForm(request, name, change).param("formKey", UUID.randomUUID().toString())
                        .with(COORDINATOR).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("hulpbronnen/form")).andReturn();
        assertThat(fieldErrors(result)).as("fields with errors").containsOnly(field);
        assertThat(fixtures.count()).as("nothing stored").isEqualTo(before);
        return result.getResponse().getContentAsString();
    }

    private Hulpbron single(String name) {
        List<Hulpbron> found = fixtures.named(name);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The ids of this test's rows on the list, in the order shown (as a coordinator). */
    private List<Long> shown(String prefix, MockHttpServletRequestBuilder request) throws Exception {
        String html = page(request.with(COORDINATOR));
        List<Long> ids = new ArrayList<>();
        Matcher rows = Pattern.compile("<tr[^>]*data-hulpbron-id=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        while (rows.find()) {
            if (rows.group(2).contains(esc(prefix))) {
                ids.add(Long.parseLong(rows.group(1)));
            }
        }
        return ids;
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String row(String html, long id) {
        Matcher matcher = Pattern.compile("<tr[^>]*data-hulpbron-id=\"" + id + "\"[^>]*>.*?</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(matcher.find()).as("row of hulpbron " + id).isTrue();
        return matcher.group();
    }

    private static List<String> fieldErrors(MvcResult result) {
        Object errors = result.getModelAndView() == null ? null
                : result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "hulpbron");
        if (!(errors instanceof BindingResult bindingResult)) {
            return List.of();
        }
        return bindingResult.getFieldErrors().stream().map(e -> e.getField()).distinct().toList();
    }

    /** The text of the error element the form shows under a field ({@code data-field}), or null if there is none. */
    private static String errorAt(String html, String field) {
        Matcher matcher = Pattern.compile("<div[^>]*\\sdata-field=\"" + Pattern.quote(field) + "\"[^>]*>(.*?)</div>",
                Pattern.DOTALL).matcher(html);
        return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1).trim()) : null;
    }

    private static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"")
                .matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The checkbox tag for one value of a multi-valued field. */
    private static String checkbox(String html, String name, String value) {
        Matcher tags = Pattern.compile("<input[^>]*type=\"checkbox\"[^>]*>").matcher(html);
        while (tags.find()) {
            String tag = tags.group();
            if (tag.contains("name=\"" + name + "\"") && tag.contains("value=\"" + esc(value) + "\"")) {
                return tag;
            }
        }
        throw new AssertionError("no checkbox " + name + "=" + value);
    }

}
