package nl.welzijnsroute.hulpbronnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;
import nl.welzijnsroute.support.Hulpbronnen;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code GET /api/hulpbronnen}: the active hulpbronnen for any logged-in user, filtered, with Dutch 400s. */
@IntegrationTest
class HulpbronApiTest {

    private static final RequestPostProcessor HUISARTS = user("t.hbapi.huisarts").roles("huisarts");

    @Autowired
    MockMvc mvc;
    @Autowired
    Hulpbronnen fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ObjectMapper json;

    @Test
    void listsActiveHulpbronnen_inTheDocumentedShape_filteredByGemeenteAndTheme() throws Exception {
        String p = Hulpbronnen.unique("api");
        Hulpbron rouw = fixtures.group(p + "Rouwgroep", Municipality.STADSKANAAL, Set.of(Reason.GRIEF, Reason.MEANING),
                10, 3);
        Hulpbron online = fixtures.create(p + "Online", HulpbronKind.ONLINE, EnumSet.allOf(Municipality.class),
                Set.of(Reason.LOW_MOOD, Reason.GRIEF), null, 0);
        fixtures.group(p + "Wandelgroep", Municipality.STADSKANAAL, Set.of(Reason.LONELINESS), 8, 0);
        fixtures.deactivate(fixtures.group(p + "Gestopt", Municipality.STADSKANAAL, Set.of(Reason.GRIEF), 8, 0));

        JsonNode all = list(get("/api/hulpbronnen").param("gemeente", "Stadskanaal").param("theme", "GRIEF"));
        List<JsonNode> mine = mine(p, all);
        assertThat(mine).extracting(n -> n.get("name").asText()).containsExactly(p + "Online", p + "Rouwgroep");

        JsonNode group = mine.get(1);
        assertThat(fieldNames(group)).containsExactly("id", "name", "kind", "organisation", "gemeenten", "themes",
                "location", "schedule", "contact", "places", "freePlaces");
        assertThat(group.get("id").asLong()).isEqualTo(rouw.getId());
        assertThat(group.get("kind").asText()).isEqualTo("GROEP");
        assertThat(group.get("organisation").asText()).isEqualTo("Testorganisatie");
        assertThat(group.get("gemeenten")).extracting(JsonNode::asText).containsExactly("Stadskanaal");
        assertThat(group.get("themes")).extracting(JsonNode::asText).containsExactly("GRIEF", "MEANING");
        assertThat(group.get("location").asText()).isEqualTo("Testlocatie");
        assertThat(group.get("schedule").asText()).isEqualTo("Elke testdag");
        assertThat(group.get("contact").asText()).isEqualTo("050 000 0000");
        assertThat(group.get("places").asInt()).isEqualTo(10);
        assertThat(group.get("freePlaces").asInt()).isEqualTo(7);

        JsonNode unlimited = mine.get(0);
        assertThat(unlimited.get("id").asLong()).isEqualTo(online.getId());
        assertThat(unlimited.get("kind").asText()).isEqualTo("ONLINE");
        assertThat(unlimited.get("gemeenten")).hasSize(10);
        assertThat(unlimited.get("gemeenten").get(2).asText()).isEqualTo("Het Hogeland");
        assertThat(unlimited.get("places").isNull()).as("no limit").isTrue();
        assertThat(unlimited.get("freePlaces").isNull()).as("no limit").isTrue();

        assertThat(mine(p, list(get("/api/hulpbronnen")))).extracting(n -> n.get("name").asText())
                .as("no filter: all active ones, inactive never").containsExactly(p + "Online", p + "Rouwgroep",
                        p + "Wandelgroep");
        assertThat(mine(p, list(get("/api/hulpbronnen").param("gemeente", "het hogeland"))))
                .extracting(n -> n.get("name").asText()).containsExactly(p + "Online");
        assertThat(mine(p, list(get("/api/hulpbronnen").param("theme", "loneliness").param("gemeente", ""))))
                .extracting(n -> n.get("name").asText()).containsExactly(p + "Wandelgroep");
    }

    @Test
    void unknownGemeenteOrTheme_is400_withADutchMessagePerField() throws Exception {
        mvc.perform(get("/api/hulpbronnen").param("gemeente", "Atlantis").with(HUISARTS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("gemeente"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Onbekende gemeente. Kies een van: Eemsdelta, Groningen, Het Hogeland")));
        mvc.perform(get("/api/hulpbronnen").param("theme", "HAPPINESS").with(HUISARTS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("theme"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Onbekend thema. Kies een van: LONELINESS, GRIEF")));
        mvc.perform(get("/api/hulpbronnen").param("gemeente", "Assen").param("theme", "X").with(HUISARTS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("gemeente", "theme")));
    }

    @Test
    void anyLoggedInUser_mayRead_anonymousGets401() throws Exception {
        mvc.perform(get("/api/hulpbronnen")).andExpect(status().isUnauthorized());
        users.user("t.hbapi.begeleider", "begeleider");
        mvc.perform(get("/api/hulpbronnen").with(httpBasic("t.hbapi.begeleider", TestUsers.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/hulpbronnen").with(httpBasic("t.hbapi.begeleider", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/hulpbronnen").with(user("t.hbapi.coach").roles("coach"))).andExpect(status().isOk());
    }

    @Test
    void isDescribedInOpenApi() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        JsonNode operation = api.path("paths").path("/api/hulpbronnen").path("get");
        assertThat(operation.isMissingNode()).isFalse();
        assertThat(operation.path("parameters")).extracting(n -> n.get("name").asText())
                .containsExactlyInAnyOrder("gemeente", "theme");
        assertThat(operation.path("responses").has("400")).isTrue();
    }

    private JsonNode list(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request.with(HUISARTS)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<JsonNode> mine(String prefix, JsonNode list) {
        List<JsonNode> mine = new ArrayList<>();
        list.forEach(n -> {
            if (n.get("name").asText().startsWith(prefix)) {
                mine.add(n);
            }
        });
        return mine;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
