package nl.welzijnsroute.aanmelden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.referral.CaseStatus;
import nl.welzijnsroute.referral.Client;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import nl.welzijnsroute.referral.ReferralSource;
import nl.welzijnsroute.support.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /aanmelden}: a resident asks for a verkennend gesprek without logging in. Every rule with its Dutch message
 * at the field and nothing stored on a refusal; one case per submitted form, in the name of the referrer
 * 'zelfaanmelding'; a thank-you page that repeats nothing; no way to tell whether a person is known; the rate limit.
 * Each test posts from addresses of its own, so the per-address limit of one test never touches another.
 */
@IntegrationTest
class SelfRegistrationFormTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 20));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferralCaseRepository cases;
    @Autowired
    RuntimeService runtimeService;

    // ---------------------------------------------------------------- the empty form

    @Test
    void getRendersTheDutchForm_withoutLogin_withSafetyGuidanceAndAFreshHiddenKey() throws Exception {
        String html = mvc.perform(get("/aanmelden"))
                .andExpect(status().isOk())
                .andExpect(view().name("aanmelden/form"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("lang=\"nl\"", "Aanmelden voor een verkennend gesprek", "Voornaam", "Achternaam",
                "Geboortedatum", "Telefoonnummer", "E-mailadres", "Postcode", "Huisnummer", "Gemeente waar je woont",
                "Waar zou je het over willen hebben?", "Geen voorkeur",
                "Ik geef toestemming dat een welzijnscoach contact met mij opneemt",
                "Ben je op dit moment in direct gevaar", "Aanmelden</button>");
        // What to do when it cannot wait, before the form.
        assertThat(html).contains("id=\"safety-guidance\"", "Bel 112", "bel 113 of gratis 0800-0113",
                "huisartsenpost");
        assertThat(html.indexOf("id=\"safety-guidance\"")).isLessThan(html.indexOf("id=\"aanmelden-form\""));
        assertThat(html).doesNotContain("id=\"form-errors\"", "class=\"invalid-feedback\"");
        // The token Spring Security checks, and the key that makes a double submit one case.
        assertThat(tag(html, "input", "_csrf", null)).isPresent();
        Map<String, String> submissionId = tag(html, "input", "submissionId", null).orElseThrow();
        assertThat(submissionId.get("type")).isEqualTo("hidden");
        assertThat(UUID.fromString(submissionId.get("value")).toString()).isEqualTo(submissionId.get("value"));
        for (String name : List.of("givenName", "familyName", "birthDate", "phone", "email", "postalCode",
                "houseNumber", "contactTime", "consent", "acuteRisk")) {
            assertThat(tag(html, "input", name, null)).as(name).isPresent();
        }
        assertThat(tag(html, "input", "birthDate", null).orElseThrow().get("type")).isEqualTo("date");
        assertThat(html).contains("<textarea", "name=\"question\"");
        for (String gemeente : List.of("Eemsdelta", "Groningen", "Het Hogeland", "Midden-Groningen", "Oldambt",
                "Pekela", "Stadskanaal", "Veendam", "Westerkwartier", "Westerwolde", "Buiten de regio")) {
            assertThat(tag(html, "option", null, gemeente)).as(gemeente).isPresent();
        }

        String again = mvc.perform(get("/aanmelden")).andReturn().getResponse().getContentAsString();
        assertThat(tag(again, "input", "submissionId", null).orElseThrow().get("value"))
                .isNotEqualTo(submissionId.get("value"));
    }

    @Test
    void theFormIsAlsoInEnglish_whenChosen() throws Exception {
        mvc.perform(get("/aanmelden").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Sign up for an exploratory conversation", "0800-0113")
                        .doesNotContain("??"));
    }

    // ---------------------------------------------------------------- a valid registration

    @Test
    void validPost_createsOneSelfCase_andRedirectsToTheThankYouPage() throws Exception {
        String submissionId = UUID.randomUUID().toString();
        Stored before = stored();
        mvc.perform(post("/aanmelden").params(form(f -> {
                    f.set("submissionId", submissionId);
                    f.set("givenName", "  Henk ");
                    f.set("familyName", "Zelfmelder");
                    f.set("phone", "+31 6 1234 5678");
                    f.set("email", " Henk.Zelf@Example.NL ");
                    f.set("postalCode", "9501ab");
                    f.set("houseNumber", "12a");
                    f.set("municipality", "Veendam");
                    f.set("contactWay", "PHONE");
                    f.set("contactTime", "na 15.00 uur");
                })).with(from(address())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/aanmelden/ontvangen"));
        assertThat(stored()).isEqualTo(before.plus(1));

        ReferralCase created = caseOf(submissionId);
        assertThat(created.getSource()).isEqualTo(ReferralSource.SELF);
        assertThat(created.getReferrerUserId()).isEqualTo("zelfaanmelding");
        assertThat(created.getPractice()).isNull();
        assertThat(created.getReferrerAgbCode()).isNull();
        assertThat(created.getReasons()).isEmpty();
        assertThat(created.getQuestion()).isEqualTo("Ik voel me eenzaam sinds mijn verhuizing.");
        assertThat(created.getNote()).isNull();
        assertThat(created.getContactPreference()).isEqualTo("PHONE: na 15.00 uur");
        assertThat(created.getStatus()).isEqualTo(CaseStatus.RECEIVED);
        Client client = created.getClient();
        assertThat(client.getGivenName()).isEqualTo("Henk");
        assertThat(client.getFamilyName()).isEqualTo("Zelfmelder");
        assertThat(client.getBirthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(client.getPhone()).isEqualTo("0612345678");
        assertThat(client.getEmail()).isEqualTo("henk.zelf@example.nl");
        assertThat(client.getPostalCode()).isEqualTo("9501 AB");
        assertThat(client.getHouseNumber()).isEqualTo("12A");
        assertThat(client.getMunicipality()).isEqualTo("Veendam");
        // Also in the database's own words.
        assertThat(jdbc.queryForMap("SELECT source, referrer_user_id FROM referral_case WHERE id = ?",
                created.getId())).containsValues("SELF", "zelfaanmelding");

        // A verkennend gesprek started under the case number (not Welzijn op Recept: nobody referred), with the
        // routing facts and no personal data.
        assertThat(created.getCaseNumber()).startsWith("VG-");
        assertThat(created.getProcessInstanceId()).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(created.getProcessInstanceId())
                .processInstanceBusinessKey(created.getCaseNumber())
                .processDefinitionKey(WorProcess.VERKENNEND_GESPREK_KEY).count()).isEqualTo(1);
        assertThat(created.getTeam()).isEqualTo("team-veendam");
        Map<String, Object> variables = runtimeService.getVariables(created.getProcessInstanceId());
        assertThat(variables).containsEntry(WorProcess.Var.SOURCE, "SELF")
                .containsEntry(WorProcess.Var.GEMEENTE, "Veendam");
        assertThat(variables.toString()).doesNotContain("Henk", "Zelfmelder", "0612345678", "9501", "eenzaam");
    }

    @Test
    void withoutAContactPreference_noneIsStored_andEmailAloneIsEnough() throws Exception {
        String submissionId = UUID.randomUUID().toString();
        submit(form(f -> {
            f.set("submissionId", submissionId);
            f.set("phone", "");
            f.set("email", "alleen@example.nl");
            f.set("question", "  ");
            f.set("contactWay", "NO_PREFERENCE");
            f.set("contactTime", "");
        }), address()).andExpect(redirectedUrl("/aanmelden/ontvangen"));
        ReferralCase created = caseOf(submissionId);
        assertThat(created.getContactPreference()).isNull();
        assertThat(created.getQuestion()).isNull();
        assertThat(created.getClient().getPhone()).isNull();
        assertThat(created.getClient().getEmail()).isEqualTo("alleen@example.nl");
    }

    @Test
    void doubleSubmitOfOneForm_makesOneCase_andBothGetTheSameAnswer() throws Exception {
        String submissionId = UUID.randomUUID().toString();
        String address = address();
        Stored before = stored();
        MockHttpServletResponse first = submit(form(f -> f.set("submissionId", submissionId)), address)
                .andReturn().getResponse();
        MockHttpServletResponse second = submit(form(f -> f.set("submissionId", submissionId)), address)
                .andReturn().getResponse();
        assertThat(stored()).isEqualTo(before.plus(1));
        assertThat(second.getStatus()).isEqualTo(first.getStatus()).isEqualTo(302);
        assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl()).isEqualTo("/aanmelden/ontvangen");
        assertThat(throttleRows(address)).as("counted once").isEqualTo(1);
    }

    @Test
    void thankYouPage_isOpenToAll_andRepeatsNothingThatWasSent() throws Exception {
        String submissionId = UUID.randomUUID().toString();
        String redirect = submit(form(f -> {
            f.set("submissionId", submissionId);
            f.set("givenName", "Wubbolt");
            f.set("familyName", "Onvindbaar");
            f.set("email", "wubbolt@example.nl");
            f.set("phone", "0598-123456");
            f.set("postalCode", "9641 XY");
            f.set("houseNumber", "4321");
            f.set("question", "Sinds het overlijden van mijn vrouw kom ik de deur niet meer uit.");
        }), address()).andReturn().getResponse().getRedirectedUrl();
        assertThat(redirect).isEqualTo("/aanmelden/ontvangen");
        ReferralCase created = caseOf(submissionId);

        String html = mvc.perform(get(redirect))
                .andExpect(status().isOk())
                .andExpect(view().name("aanmelden/received"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Bedankt voor je aanmelding", "binnen ongeveer twee weken", "Bel 112",
                "0800-0113", "huisartsenpost");
        assertThat(html).doesNotContain("Wubbolt", "Onvindbaar", "wubbolt@example.nl", "0598", "9641", "4321",
                "overlijden", "Westerwolde", created.getCaseNumber(), "WOR-", submissionId);
    }

    @Test
    void aKnownPersonGetsExactlyTheAnswerAnUnknownPersonGets() throws Exception {
        String unique = "Bekend" + UUID.randomUUID().toString().substring(0, 6);
        Consumer<LinkedMultiValueMap<String, String>> person = f -> {
            f.set("givenName", "Grietje");
            f.set("familyName", unique);
            f.set("birthDate", "1961-11-30");
        };
        Stored before = stored();
        MockHttpServletResponse firstTime = submit(form(person), address()).andReturn().getResponse();
        MockHttpServletResponse knownNow = submit(form(person), address()).andReturn().getResponse();
        MockHttpServletResponse someoneElse = submit(form(f -> f.set("familyName", "Anders" + unique)), address())
                .andReturn().getResponse();

        // Each form is a registration: the second one of the same person is a case too, and nobody is told so.
        assertThat(stored()).isEqualTo(before.plus(3));
        for (MockHttpServletResponse response : List.of(knownNow, someoneElse)) {
            assertThat(response.getStatus()).isEqualTo(firstTime.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).isEqualTo(firstTime.getRedirectedUrl());
            assertThat(response.getContentAsString()).isEqualTo(firstTime.getContentAsString());
            assertThat(response.getHeaderNames()).containsExactlyInAnyOrderElementsOf(firstTime.getHeaderNames());
        }
        assertThat(mvc.perform(get("/aanmelden/ontvangen")).andReturn().getResponse().getContentAsString())
                .doesNotContainIgnoringCase("al aangemeld").doesNotContainIgnoringCase("bekend");
    }

    // ---------------------------------------------------------------- refusals: message at the field, nothing stored

    static List<Arguments> refusals() {
        LocalDate today = LocalDate.now(ReferralCase.ZONE);
        return List.of(
                Arguments.of("givenName", "", "Vul je voornaam in."),
                Arguments.of("givenName", "   ", "Vul je voornaam in."),
                Arguments.of("familyName", "", "Vul je achternaam in."),
                Arguments.of("birthDate", "", "Vul je geboortedatum in."),
                Arguments.of("birthDate", today.plusDays(1).toString(),
                        "Je geboortedatum moet in het verleden liggen."),
                Arguments.of("birthDate", today.minusYears(12).plusDays(1).toString(),
                        "Aanmelden kan vanaf 12 jaar. Ben je jonger? Praat dan met je ouders, je mentor op school "
                                + "of je huisarts."),
                Arguments.of("birthDate", "17-05-1990", "Vul een geldige datum in."),
                Arguments.of("phone", "12345",
                        "Vul een Nederlands telefoonnummer in, bijvoorbeeld 06-12345678 of 050-1234567."),
                Arguments.of("email", "geen-adres", "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
                Arguments.of("postalCode", "", "Vul je postcode in."),
                Arguments.of("postalCode", "97123", "Vul je postcode in als 1234 AB."),
                Arguments.of("postalCode", "9712 SS", "Vul je postcode in als 1234 AB."),
                Arguments.of("houseNumber", "", "Vul je huisnummer in."),
                Arguments.of("houseNumber", "nul", "Vul je huisnummer in, eventueel met toevoeging, bijvoorbeeld 12 "
                        + "of 12-A."),
                Arguments.of("municipality", "", "Kies de gemeente waar je woont."),
                Arguments.of("municipality", "Buiten de regio", "Je gemeente hoort niet bij de regio Groningen, dus "
                        + "hier kun je je niet aanmelden. Vraag bij je eigen gemeente of huisarts naar een "
                        + "welzijnscoach of Welzijn op Recept."),
                Arguments.of("municipality", "Assen", "Je gemeente hoort niet bij de regio Groningen, dus hier kun "
                        + "je je niet aanmelden. Vraag bij je eigen gemeente of huisarts naar een welzijnscoach of "
                        + "Welzijn op Recept."),
                Arguments.of("question", "x".repeat(1001), "Je vraag mag hoogstens 1000 tekens lang zijn. Maak hem "
                        + "wat korter; in het gesprek is ruimte voor de rest."),
                Arguments.of("contactTime", "x".repeat(201), "Deze tekst is te lang."),
                Arguments.of("consent", "false", "Zonder je toestemming kan een welzijnscoach geen contact met je "
                        + "opnemen. Vink het vakje aan als je dat goed vindt."));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @MethodSource("refusals")
    void anInvalidField_isRefusedWithItsMessageAtTheField_andNothingIsStored(String field, String value,
            String message) throws Exception {
        assertRefused(f -> f.set(field, value), field, message);
    }

    @Test
    void neitherPhoneNorEmail_isRefusedAtThePhoneField_andEitherOneIsEnough() throws Exception {
        assertRefused(f -> {
            f.set("phone", "");
            f.set("email", "");
        }, "phone", "Vul een telefoonnummer of een e-mailadres in, zodat de welzijnscoach je kan bereiken.");
        submit(form(f -> f.set("email", "")), address()).andExpect(redirectedUrl("/aanmelden/ontvangen"));
    }

    @Test
    void consentMissing_isRefused_whetherUntickedOrAbsent() throws Exception {
        String message = "Zonder je toestemming kan een welzijnscoach geen contact met je opnemen. Vink het vakje "
                + "aan als je dat goed vindt.";
        // Unticked: the browser sends only Spring's marker, which binds false.
        assertRefused(f -> f.remove("consent"), "consent", message);
        assertRefused(f -> {
            f.remove("consent");
            f.remove("_consent");
        }, "consent", message);
    }

    @Test
    void acuteRiskQuestionUnanswered_isRefused() throws Exception {
        assertRefused(f -> f.remove("acuteRisk"), "acuteRisk",
                "Geef aan of je op dit moment in direct gevaar bent of aan zelfdoding denkt.");
    }

    @Test
    void manyInvalidFields_eachGetsItsOwnMessage_andNothingIsStored() throws Exception {
        String address = address();
        Stored before = stored();
        MvcResult result = submit(form(f -> {
            f.set("givenName", "");
            f.set("birthDate", LocalDate.now(ReferralCase.ZONE).minusYears(8).toString());
            f.set("phone", "");
            f.set("email", "");
            f.set("postalCode", "9712");
            f.remove("consent");
        }), address)
                .andExpect(status().isOk())
                .andExpect(view().name("aanmelden/form"))
                .andExpect(model().attributeErrorCount("aanmelding", 5))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(fieldErrors(result)).containsExactlyInAnyOrder("givenName", "birthDate", "phone", "postalCode",
                "consent");
        assertThat(errorAt(html, "givenName")).isEqualTo("Vul je voornaam in.");
        assertThat(errorAt(html, "birthDate")).startsWith("Aanmelden kan vanaf 12 jaar.");
        assertThat(errorAt(html, "phone")).startsWith("Vul een telefoonnummer of een e-mailadres in");
        assertThat(errorAt(html, "postalCode")).isEqualTo("Vul je postcode in als 1234 AB.");
        assertThat(errorAt(html, "consent")).startsWith("Zonder je toestemming");
        assertThat(errorAt(html, "familyName")).isNull();
        assertThat(stored()).isEqualTo(before);
        assertThat(throttleRows(address)).isZero();
    }

    @Test
    void enteredValues_surviveAFailedSubmit_asText_andTheFormKeepsItsKey() throws Exception {
        String submissionId = UUID.randomUUID().toString();
        String html = submit(form(f -> {
            f.set("submissionId", submissionId);
            f.set("givenName", "Froukje");
            f.set("familyName", "");
            f.set("postalCode", "9712 ab");
            f.set("houseNumber", "7-b");
            f.set("municipality", "Oldambt");
            f.set("contactWay", "EMAIL");
            f.set("contactTime", "’s ochtends");
            f.set("question", "<script>alert('x')</script> wil weer meedoen");
        }), address())
                .andExpect(status().isOk())
                .andExpect(view().name("aanmelden/form"))
                .andReturn().getResponse().getContentAsString();
        assertThat(errorAt(html, "familyName")).isEqualTo("Vul je achternaam in.");
        assertThat(html).contains("id=\"form-errors\"", "Niet alle velden zijn goed ingevuld");
        assertThat(value(html, "givenName")).isEqualTo("Froukje");
        assertThat(value(html, "postalCode")).isEqualTo("9712 ab");
        assertThat(value(html, "houseNumber")).isEqualTo("7-b");
        assertThat(value(html, "phone")).isEqualTo("06-12345678");
        assertThat(value(html, "birthDate")).isEqualTo("1990-05-17");
        assertThat(value(html, "contactTime")).isEqualTo("’s ochtends");
        assertThat(tag(html, "option", null, "Oldambt").orElseThrow()).containsKey("selected");
        assertThat(tag(html, "option", null, "Westerwolde").orElseThrow()).doesNotContainKey("selected");
        assertThat(tag(html, "option", null, "EMAIL").orElseThrow()).containsKey("selected");
        assertThat(tag(html, "input", "consent", "true").orElseThrow()).containsKey("checked");
        assertThat(tag(html, "input", "acuteRisk", "false").orElseThrow()).containsKey("checked");
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        assertThat(value(html, "submissionId")).isEqualTo(submissionId);
        // The safety guidance is still there, above the errors.
        assertThat(html).contains("id=\"safety-guidance\"");
    }

    @Test
    void aFormWithoutAUsableKey_getsOneOfItsOwn() throws Exception {
        Stored before = stored();
        submit(form(f -> f.set("submissionId", "../../etc")), address())
                .andExpect(redirectedUrl("/aanmelden/ontvangen"));
        submit(form(f -> f.remove("submissionId")), address()).andExpect(redirectedUrl("/aanmelden/ontvangen"));
        assertThat(stored()).isEqualTo(before.plus(2));
    }

    // ---------------------------------------------------------------- acute risk

    @Test
    void acuteRisk_showsTheGuidance_storesNothing_andCountsNothing() throws Exception {
        String address = address();
        Stored before = stored();
        String html = submit(form(f -> f.set("acuteRisk", "true")), address)
                .andExpect(status().isOk())
                .andExpect(view().name("aanmelden/acute-risk"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"acute-risk\"", "Zoek nu meteen hulp", "Bel 112",
                "bel 113 of gratis 0800-0113", "huisartsenpost",
                "Je aanmelding is niet verstuurd en je gegevens zijn niet opgeslagen.")
                .doesNotContain("id=\"aanmelden-form\"", "Jessica");
        assertThat(stored()).isEqualTo(before);
        assertThat(throttleRows(address)).isZero();
    }

    @Test
    void acuteRisk_winsOverInvalidFields() throws Exception {
        Stored before = stored();
        submit(form(f -> {
            f.set("acuteRisk", "true");
            f.set("givenName", "");
            f.set("birthDate", "");
            f.remove("consent");
        }), address())
                .andExpect(status().isOk())
                .andExpect(view().name("aanmelden/acute-risk"));
        assertThat(stored()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- abuse

    @Test
    void theSixthRegistrationFromOneAddressWithinTheHour_is429_andStoresNothing_whileAnotherAddressStillWorks()
            throws Exception {
        String address = address();
        String firstForm = UUID.randomUUID().toString();
        // Invalid and acute-risk submissions do not count.
        submit(form(f -> f.set("givenName", "")), address).andExpect(status().isOk());
        submit(form(f -> f.set("acuteRisk", "true")), address).andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            String submissionId = i == 0 ? firstForm : UUID.randomUUID().toString();
            submit(form(f -> f.set("submissionId", submissionId)), address)
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/aanmelden/ontvangen"));
        }

        Stored before = stored();
        String html = submit(form(f -> f.set("familyName", "Teveel")), address)
                .andExpect(status().isTooManyRequests())
                .andExpect(view().name("aanmelden/too-many"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Aanmelden lukt nu even niet", "te veel aanmeldingen", "Probeer het later opnieuw",
                "Bel dan je gemeente", "niet opgeslagen", "0800-0113")
                .doesNotContain("Teveel", "Jessica");
        assertThat(stored()).isEqualTo(before);
        assertThat(throttleRows(address)).isEqualTo(5);

        // Still refused, still nothing stored; a form sent before is still the case it made.
        submit(form(f -> { }), address).andExpect(status().isTooManyRequests());
        submit(form(f -> f.set("submissionId", firstForm)), address).andExpect(redirectedUrl("/aanmelden/ontvangen"));
        assertThat(stored()).isEqualTo(before);

        // Someone else is not held up by it.
        submit(form(f -> { }), address()).andExpect(redirectedUrl("/aanmelden/ontvangen"));
        assertThat(stored()).isEqualTo(before.plus(1));
    }

    @Test
    void withoutCsrfToken_403_andNothingStored() throws Exception {
        String address = address();
        Stored before = stored();
        mvc.perform(post("/aanmelden").params(form(f -> { })).with(from(address)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/aanmelden").params(form(f -> { })).with(from(address)).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo(before);
        assertThat(throttleRows(address)).isZero();
    }

    // ---------------------------------------------------------------- helpers

    /** A complete, valid form as the browser sends it, Spring's checkbox marker included; then the change. */
    private static LinkedMultiValueMap<String, String> form(Consumer<LinkedMultiValueMap<String, String>> change) {
        LinkedMultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.set("submissionId", UUID.randomUUID().toString());
        f.set("givenName", "Jessica");
        f.set("familyName", "Aanmelder");
        f.set("birthDate", "1990-05-17");
        f.set("phone", "06-12345678");
        f.set("email", "");
        f.set("postalCode", "9561 AB");
        f.set("houseNumber", "12");
        // Not Stadskanaal: other classes look for their new case among team-stadskanaal's first page of work.
        f.set("municipality", "Westerwolde");
        f.set("question", "Ik voel me eenzaam sinds mijn verhuizing.");
        f.set("contactWay", "NO_PREFERENCE");
        f.set("contactTime", "");
        f.set("consent", "true");
        f.set("_consent", "on");
        f.set("acuteRisk", "false");
        change.accept(f);
        return f;
    }

    private ResultActions submit(LinkedMultiValueMap<String, String> form,
            String address) throws Exception {
        return mvc.perform(post("/aanmelden").params(form).with(from(address)).with(csrf()));
    }

    /** Posts the changed form; it must come back with exactly this one error, at its field, storing nothing. */
    private void assertRefused(Consumer<LinkedMultiValueMap<String, String>> change, String field, String message)
            throws Exception {
        String address = address();
        Stored before = stored();
        MvcResult result = submit(form(change), address)
                .andExpect(status().isOk())
                .andExpect(view().name("aanmelden/form"))
                .andExpect(model().attributeHasFieldErrors("aanmelding", field))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(stored()).as("nothing stored").isEqualTo(before);
        assertThat(throttleRows(address)).as("nothing counted").isZero();
        assertThat(html).contains("id=\"form-errors\"", "Niet alle velden zijn goed ingevuld");
        assertThat(errorAt(html, field)).as("message at " + field).isEqualTo(message);
        assertThat(fieldErrors(result)).as("fields with errors").containsExactly(field);
    }

    private static List<String> fieldErrors(MvcResult result) {
        Object errors = result.getModelAndView() == null ? null
                : result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "aanmelding");
        if (!(errors instanceof BindingResult bindingResult)) {
            return List.of();
        }
        assertThat(bindingResult.getGlobalErrors()).as("errors not at a field").isEmpty();
        return bindingResult.getFieldErrors().stream().map(e -> e.getField()).distinct().toList();
    }

    private ReferralCase caseOf(String submissionId) {
        return cases.findByReferrerUserIdAndIdempotencyKey("zelfaanmelding", "aanmelden:" + submissionId)
                .orElseThrow(() -> new AssertionError("no case for form " + submissionId));
    }

    /** A source address no other test uses. */
    private static String address() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long throttleRows(String address) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM self_registration_attempt WHERE source = ?", Long.class,
                address);
    }

    private Stored stored() {
        return new Stored(count("client"), count("referral_case"), runtimeService.createProcessInstanceQuery().count());
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** What a registration leaves behind: a client row, a case row, a process instance. */
    private record Stored(long clients, long cases, long processInstances) {
        Stored plus(int registrations) {
            return new Stored(clients + registrations, cases + registrations, processInstances + registrations);
        }
    }

    /** The text of the error element under a field ({@code data-field}), or null if there is none. */
    private static String errorAt(String html, String field) {
        Matcher matcher = Pattern.compile("<div[^>]*\\sdata-field=\"" + Pattern.quote(field) + "\"[^>]*>(.*?)</div>",
                Pattern.DOTALL).matcher(html);
        return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1).trim()) : null;
    }

    private static String value(String html, String name) {
        return tag(html, "input", name, null).orElseThrow(() -> new AssertionError("no input " + name)).get("value");
    }

    /** The attributes of the first {@code <input>}/{@code <option>} with this name and/or value. */
    private static Optional<Map<String, String>> tag(String html, String element, String name, String value) {
        Matcher tags = Pattern.compile("<" + element + "\\s[^>]*>").matcher(html);
        while (tags.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = Pattern.compile("([\\w.:-]+)(?:=\"([^\"]*)\")?").matcher(
                    tags.group().substring(element.length() + 1, tags.group().length() - 1));
            while (attribute.find()) {
                attributes.put(attribute.group(1),
                        attribute.group(2) == null ? "" : HtmlUtils.htmlUnescape(attribute.group(2)));
            }
            if ((name == null || name.equals(attributes.get("name")))
                    && (value == null || value.equals(attributes.get("value")))) {
                return Optional.of(attributes);
            }
        }
        return Optional.empty();
    }
}
