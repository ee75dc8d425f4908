package nl.welzijnsroute.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.support.Http;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** {@code /api/referrals}: the same rules as the form, for practice systems, with scope and idempotency. */
@IntegrationTest
class ReferralApiTest {

    private static final String HUISARTS = "t.api.huisarts";
    private static final String OTHER_HUISARTS = "t.api.other";
    private static final String COACH = "t.api.coach";
    private static final String PW = TestUsers.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ReferralCaseRepository cases;
    @Autowired
    ClientRepository clients;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ObjectMapper json;
    @Autowired
    nl.welzijnsroute.casework.AccessLogRepository accessLog;
    @LocalServerPort
    int port;

    @BeforeEach
    void users() {
        users.huisarts(HUISARTS, "PR-T-API");
        users.huisarts(OTHER_HUISARTS, "PR-T-API-OTHER");
        users.user(COACH, "coach", "team-stadskanaal");
    }

    @Test
    void aVerwijzersReferral_recordsTheirEntryKind_andStartsAVerkennendGesprek_notWelzijnOpRecept() throws Exception {
        users.verwijzer("t.api.mentor", ReferralSource.SCHOOL);
        MvcResult result = mvc.perform(post("/api/referrals").with(httpBasic("t.api.mentor", PW))
                        .contentType(MediaType.APPLICATION_JSON).content(body(b -> b.put("source", "SCHOOL")).toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value(org.hamcrest.Matchers.matchesPattern("VG-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.source").value("SCHOOL"))
                .andReturn();

        ReferralCase created = cases.findById(id(result)).orElseThrow();
        assertThat(created.getSource()).isEqualTo(ReferralSource.SCHOOL);
        assertThat(created.getPractice()).isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(created.getCaseNumber())
                .list()).extracting(p -> p.getProcessDefinitionId().split(":")[0])
                .containsExactly(WorProcess.VERKENNEND_GESPREK_KEY);
        assertThat(created.getTeam()).isEqualTo("team-stadskanaal");
        mvc.perform(get("/api/referrals/" + created.getId()).with(httpBasic("t.api.mentor", PW)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.source").value("SCHOOL"));
        // The huisarts's own list does not hold it.
        mvc.perform(get("/api/referrals/" + created.getId()).with(httpBasic(HUISARTS, PW)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEntryKindThatIsNotTheCallers_isRefused_atTheSourceField_andNothingIsStored() throws Exception {
        users.verwijzer("t.api.chatter", ReferralSource.DIGITAL_COMMUNITY);
        long before = cases.count();
        mvc.perform(post("/api/referrals").with(httpBasic("t.api.chatter", PW))
                        .contentType(MediaType.APPLICATION_JSON).content(body(b -> b.put("source", "HUISARTS")).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("DIGITAL_COMMUNITY")));
        mvc.perform(post("/api/referrals").with(httpBasic("t.api.chatter", PW))
                        .contentType(MediaType.APPLICATION_JSON).content(body(b -> b.put("source", "POSTDUIF")).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aHuisartsReferral_isSourceHuisarts() throws Exception {
        mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW))
                        .contentType(MediaType.APPLICATION_JSON).content(body(b -> { }).toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.source").value("HUISARTS"));
    }

    @Test
    void validReferral_createsTheCase_andPutsTheFirstContactTaskInTheGemeentesTeam() throws Exception {
        MvcResult result = mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW))
                        .contentType(MediaType.APPLICATION_JSON).content(body(b -> { }).toString()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/referrals/\\d+")))
                .andExpect(jsonPath("$.caseNumber").value(org.hamcrest.Matchers.matchesPattern("WOR-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andReturn();

        ReferralCase created = cases.findById(id(result)).orElseThrow();
        assertThat(created.getReferrerUserId()).isEqualTo(HUISARTS);
        assertThat(created.getPractice().getId()).isEqualTo("PR-T-API");
        assertThat(created.getTeam()).isEqualTo("team-stadskanaal");
        assertThat(clients.findById(created.getClient().getId()).orElseThrow().getPostalCode()).isEqualTo("9501 AB");
        Task firstContact = taskService.createTaskQuery().processInstanceBusinessKey(created.getCaseNumber())
                .singleResult();
        assertThat(firstContact.getTaskDefinitionKey()).isEqualTo(WorProcess.Activity.CONTACT_CLIENT);
        assertThat(taskService.createTaskQuery().taskId(firstContact.getId()).taskCandidateGroup("team-stadskanaal")
                .count()).isEqualTo(1);
        // Process variables carry references and routing facts only, no personal data.
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(created.getCaseNumber()).list().stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toArray(String[]::new)).list().stream()
                .map(v -> v.getName() + "=" + v.getValue()).toList().toString())
                .doesNotContain("Jessica", "Jansen", "0612345678", "9501");
    }

    @Test
    void youngPersonInGroningen_goesToTheYouthTeam() throws Exception {
        MvcResult result = mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW))
                .contentType(MediaType.APPLICATION_JSON).content(body(b -> {
                    client(b).put("municipality", "Groningen");
                    client(b).put("birthDate", LocalDate.now().minusYears(20).toString());
                }).toString())).andExpect(status().isCreated()).andReturn();
        assertThat(cases.findById(id(result)).orElseThrow().getTeam()).isEqualTo("team-jongeren-groningen");
    }

    @Test
    void referrerComesFromTheLogin_neverFromTheBody() throws Exception {
        MvcResult result = mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW))
                .contentType(MediaType.APPLICATION_JSON).content(body(b -> {
                    b.put("referrerUserId", OTHER_HUISARTS);
                    b.put("agbCode", "99999999");
                    b.put("practice", "PR-T-API-OTHER");
                }).toString())).andExpect(status().isCreated()).andReturn();
        ReferralCase created = cases.findById(id(result)).orElseThrow();
        assertThat(created.getReferrerUserId()).isEqualTo(HUISARTS);
        assertThat(created.getReferrerAgbCode()).isNotEqualTo("99999999");
        assertThat(created.getPractice().getId()).isEqualTo("PR-T-API");
    }

    @Test
    void sameIdempotencyKey_answersTheSameCase_andCreatesNothing() throws Exception {
        String key = "practice-system-" + System.nanoTime();
        MvcResult first = mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body(b -> { }).toString()))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "false")).andReturn();
        long casesBefore = cases.count();
        MvcResult repeat = mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body(b -> { }).toString()))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true")).andReturn();
        assertThat(id(repeat)).isEqualTo(id(first));
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void readingAReferral_isInTheAccessLog_withWhoAndHow() throws Exception {
        MvcResult created = mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW))
                .contentType(MediaType.APPLICATION_JSON).content(body(b -> { }).toString()))
                .andExpect(status().isCreated()).andReturn();
        long id = id(created);

        mvc.perform(get("/api/referrals/" + id).with(httpBasic(HUISARTS, PW))).andExpect(status().isOk());
        // Someone else's attempt is not found and leaves no line about the case.
        mvc.perform(get("/api/referrals/" + id).with(httpBasic(OTHER_HUISARTS, PW))).andExpect(status().isNotFound());

        assertThat(accessLog.findByCaseIdOrderByAtDescIdDesc(id)).singleElement().satisfies(entry -> {
            assertThat(entry.getUserId()).isEqualTo(HUISARTS);
            assertThat(entry.getAction()).isEqualTo(nl.welzijnsroute.casework.AccessLogEntry.Action.VIEW_REFERRAL);
            assertThat(entry.getDetail()).isEqualTo("API");
        });
    }

    @Test
    void theSameIdempotencyKey_withAnotherReferral_isRefused_andCreatesNothing() throws Exception {
        String key = "reused-" + System.nanoTime();
        mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body(b -> { }).toString()))
                .andExpect(status().isCreated());
        long casesBefore = cases.count();
        mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(b -> client(b).put("familyName", "Anders")).toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value("IDEMPOTENCY_KEY_REUSED"));
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void simultaneousRepeats_overRealHttp_createOneCase() {
        String key = "double-click-" + System.nanoTime();
        Http http = Http.anonymous(port);
        String payload = body(b -> { }).toString();
        long casesBefore = cases.count();
        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 4).mapToObj(i ->
                CompletableFuture.supplyAsync(() -> http.send(HttpRequest.newBuilder(http.uri("/api/referrals"))
                        .header("Authorization", Http.basic(HUISARTS, PW)).header("Idempotency-Key", key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(payload))))).toList();
        Set<String> locations = new TreeSet<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.join();
            assertThat(response.statusCode()).isEqualTo(201);
            locations.add(response.headers().firstValue("Location").orElseThrow());
        }
        assertThat(locations).hasSize(1);
        assertThat(cases.count()).isEqualTo(casesBefore + 1);
    }

    @Test
    void invalidInput_listsEveryBadField_andStoresNothing() throws Exception {
        long casesBefore = cases.count();
        long clientsBefore = clients.count();
        long instancesBefore = runtimeService.createProcessInstanceQuery().rootProcessInstances().count();
        MvcResult result = mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW))
                .contentType(MediaType.APPLICATION_JSON).content(("{\"client\":{\"givenName\":\"\",\"birthDate\":\"2030-01-01\","
                        + "\"phone\":\"12345\",\"email\":\"geen-email\",\"postalCode\":\"12345\",\"houseNumber\":\"\","
                        + "\"municipality\":\"Assen\"},\"reasons\":[\"OTHER\"],\"consent\":false}")))
                .andExpect(status().isBadRequest()).andReturn();
        JsonNode errors = json.readTree(result.getResponse().getContentAsString()).get("errors");
        Set<String> fields = new TreeSet<>();
        errors.forEach(e -> {
            fields.add(e.get("field").asText());
            assertThat(e.get("message").asText()).isNotBlank();
        });
        // One clear message per field, not a pile of them.
        assertThat(errors).hasSize(fields.size());
        assertThat(fields).containsExactly("acuteRisk", "client.birthDate", "client.email", "client.familyName",
                "client.givenName", "client.houseNumber", "client.municipality", "client.phone", "client.postalCode",
                "consent", "reasonOther");
        assertThat(cases.count()).isEqualTo(casesBefore);
        assertThat(clients.count()).isEqualTo(clientsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstances().count()).isEqualTo(instancesBefore);
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "postalCode | 9712AB | ok",
            "postalCode | 9712 ab | ok",
            "postalCode | 1234 | Vul de postcode in als 1234 AB.",
            "postalCode | 0712 AB | Vul de postcode in als 1234 AB.",
            "postalCode | 9712 SS | Vul de postcode in als 1234 AB.",
            "phone | 06-12345678 | ok",
            "phone | +31 6 12345678 | ok",
            "phone | 050 123 4567 | ok",
            "phone | 0031612345678 | ok",
            "phone | 12345 | Vul een Nederlands telefoonnummer in, bijvoorbeeld 06-12345678 of 050-1234567.",
            "phone | +32 470 123456 | Vul een Nederlands telefoonnummer in, bijvoorbeeld 06-12345678 of 050-1234567.",
            "email | naam@voorbeeld.nl | ok",
            "email | naam@voorbeeld | Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
            "houseNumber | 12-A | ok",
            "houseNumber | A12 | Vul een huisnummer in, eventueel met toevoeging, bijvoorbeeld 12 of 12-A.",
            "municipality | Het Hogeland | ok",
            "municipality | het hogeland | ok",
            "municipality | Assen | Deze gemeente hoort niet bij de regio Groningen.",
    })
    void clientFieldRules(String field, String value, String expected) throws Exception {
        String content = body(b -> client(b).put(field, value)).toString();
        if (expected.equals("ok")) {
            mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).contentType(MediaType.APPLICATION_JSON)
                    .content(content)).andExpect(status().isCreated());
        } else {
            mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).contentType(MediaType.APPLICATION_JSON)
                            .content(content)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("client." + field))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(expected)));
        }
    }

    @ParameterizedTest(name = "{0} years → {1}")
    @CsvSource({"11, 400", "12, 201", "80, 201"})
    void minimumAgeIsTwelve(int years, int expectedStatus) throws Exception {
        mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(b -> client(b).put("birthDate", LocalDate.now().minusYears(years).toString()))
                                .toString()))
                .andExpect(status().is(expectedStatus));
    }

    @Test
    void phoneOrEmail_atLeastOne() throws Exception {
        mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(b -> client(b).remove("phone")).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("client.phone"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("of een e-mailadres")));
        mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(b -> {
                            client(b).remove("phone");
                            client(b).put("email", "patient@example.nl");
                        }).toString()))
                .andExpect(status().isCreated());
    }

    @Test
    void acuteRisk_isRefusedWith422AndGuidance_andStoresNothing() throws Exception {
        long casesBefore = cases.count();
        long clientsBefore = clients.count();
        long instancesBefore = runtimeService.createProcessInstanceQuery().rootProcessInstances().count();
        mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(b -> b.put("acuteRisk", true)).toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value("ACUTE_RISK"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("113"),
                        org.hamcrest.Matchers.containsString("huisartsenpost"),
                        org.hamcrest.Matchers.containsString("crisisdienst"))));
        assertThat(cases.count()).isEqualTo(casesBefore);
        assertThat(clients.count()).isEqualTo(clientsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstances().count()).isEqualTo(instancesBefore);
    }

    @Test
    void unreadableValues_nameTheField() throws Exception {
        mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(b -> client(b).put("birthDate", "1990-13-45")).toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("client.birthDate"));
        mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(b -> b.putArray("reasons").add("BOREDOM")).toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reasons[0]"));
        mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW)).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void readingAReferral_isForItsReferrerOnly() throws Exception {
        MvcResult result = mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW))
                .contentType(MediaType.APPLICATION_JSON).content(body(b -> { }).toString())).andReturn();
        long id = id(result);
        String caseNumber = cases.findById(id).orElseThrow().getCaseNumber();

        mvc.perform(get("/api/referrals/" + id).with(httpBasic(HUISARTS, PW))).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(caseNumber))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.statusText").value("ontvangen"))
                .andExpect(jsonPath("$.terugkoppeling").isArray());
        mvc.perform(get("/api/referrals").with(httpBasic(HUISARTS, PW))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].caseNumber").value(caseNumber));

        mvc.perform(get("/api/referrals/" + id).with(httpBasic(OTHER_HUISARTS, PW))).andExpect(status().isNotFound());
        mvc.perform(get("/api/referrals").with(httpBasic(OTHER_HUISARTS, PW))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/api/referrals/" + id).with(httpBasic(COACH, PW))).andExpect(status().isForbidden());
        mvc.perform(post("/api/referrals").with(httpBasic(COACH, PW)).contentType(MediaType.APPLICATION_JSON)
                .content(body(b -> { }).toString())).andExpect(status().isForbidden());
        mvc.perform(get("/api/referrals/" + id)).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
        mvc.perform(get("/api/referrals/999999999").with(httpBasic(HUISARTS, PW))).andExpect(status().isNotFound());
    }

    @Test
    void terugkoppeling_appearsOnceTheJourneySendsIt() throws Exception {
        MvcResult result = mvc.perform(post("/api/referrals").with(httpBasic(HUISARTS, PW))
                .contentType(MediaType.APPLICATION_JSON).content(body(b -> { }).toString())).andReturn();
        ReferralCase created = cases.findById(id(result)).orElseThrow();
        Task contact = taskService.createTaskQuery().processInstanceBusinessKey(created.getCaseNumber()).singleResult();
        taskService.complete(contact.getId(), java.util.Map.of(WorProcess.Var.CONTACT_OUTCOME, "REACHED",
                WorProcess.Var.CONTACT_CHANNEL, "PHONE"));

        mvc.perform(get("/api/referrals/" + created.getId()).with(httpBasic(HUISARTS, PW)))
                .andExpect(jsonPath("$.statusText").value("contact gelegd"))
                .andExpect(jsonPath("$.terugkoppeling[0].moment").value("FIRST_CONTACT"))
                .andExpect(jsonPath("$.terugkoppeling[0].message").value(
                        org.hamcrest.Matchers.containsString(created.getCaseNumber())));
    }

    @Test
    void sessionCallers_needTheCsrfToken_basicCallersDoNot() throws Exception {
        mvc.perform(post("/api/referrals")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(HUISARTS).roles("huisarts"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(b -> { }).toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHuisartsWithoutReferrerProfile_isToldSo_beforeTypingAnything() throws Exception {
        String bare = users.user("t.api.noprofile", "huisarts");
        long casesBefore = cases.count();
        mvc.perform(post("/api/referrals").with(httpBasic(bare, PW)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(b -> { }).toString()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("NO_REFERRER_PROFILE"));
        mvc.perform(get("/verwijzen").with(httpBasic(bare, PW))).andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("AGB-code")));
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void openApiDescription_isServed() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/referrals'].post").exists())
                .andExpect(jsonPath("$.paths['/api/referrals/{id}'].get").exists());
    }

    private ObjectNode body(Consumer<ObjectNode> change) {
        ObjectNode body = json.createObjectNode();
        ObjectNode client = body.putObject("client");
        client.put("givenName", "Jessica");
        client.put("familyName", "Jansen");
        client.put("birthDate", "1978-03-01");
        client.put("phone", "06-12345678");
        client.put("postalCode", "9501 AB");
        client.put("houseNumber", "12");
        client.put("municipality", "Stadskanaal");
        body.putArray("reasons").add("STRESS").add("RELATIONSHIPS");
        body.put("question", "Ik slaap slecht en zit thuis van mijn werk.");
        body.put("consent", true);
        body.put("acuteRisk", false);
        change.accept(body);
        return body;
    }

    private static ObjectNode client(ObjectNode body) {
        return (ObjectNode) body.get("client");
    }

    private long id(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }
}
