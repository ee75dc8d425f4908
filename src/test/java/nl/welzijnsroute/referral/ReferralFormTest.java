package nl.welzijnsroute.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.welzijnsroute.journey.WorProcess;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.HtmlUtils;

/**
 * The verwijsformulier at {@code /verwijzen} and the referrer's own pages at {@code /verwijzingen}: every rule with
 * its Dutch message at the field, nothing stored on a refusal, one case per submitted form, the referrer from the
 * login, and each huisarts seeing only what is theirs (or their sharing practice's).
 */
@IntegrationTest
class ReferralFormTest {

    private static final String HUISARTS = "t.form.huisarts";
    /** Same practice as {@link #HUISARTS}, which does not share referrals. */
    private static final String COLLEAGUE = "t.form.colleague";
    private static final String OTHER = "t.form.other";
    private static final String SHARING_A = "t.form.shared.a";
    private static final String SHARING_B = "t.form.shared.b";
    private static final String COACH = "t.form.coach";

    private static final String PRACTICE = "PR-T-FORM";
    private static final String OTHER_PRACTICE = "PR-T-FORM-OTHER";
    private static final String SHARING_PRACTICE = "PR-T-FORM-SHARED";

    private static final RequestPostProcessor AS_HUISARTS = user(HUISARTS).roles("huisarts");
    private static final RequestPostProcessor AS_COACH = user(COACH).roles("coach", "team-westerwolde");

    private static final Pattern CASE_NUMBER_URL = Pattern.compile("^/verwijzingen/(WOR-\\d{4}-\\d{6})\\?bevestiging$");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    PracticeRepository practices;
    @Autowired
    ReferrerRepository referrers;
    @Autowired
    ReferralCaseRepository cases;
    @Autowired
    ClientRepository clients;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void users() {
        // The sharing practice must exist, sharing, before TestUsers would create it as a non-sharing one.
        practices.findById(SHARING_PRACTICE)
                .orElseGet(() -> practices.save(new Practice(SHARING_PRACTICE, "Gedeelde praktijk", true)));
        users.huisarts(HUISARTS, PRACTICE);
        users.huisarts(COLLEAGUE, PRACTICE);
        users.huisarts(OTHER, OTHER_PRACTICE);
        users.huisarts(SHARING_A, SHARING_PRACTICE);
        users.huisarts(SHARING_B, SHARING_PRACTICE);
        users.user(COACH, "coach", "team-westerwolde");
    }

    // ---------------------------------------------------------------- the empty form

    @Test
    void getRendersTheDutchForm_withAFreshHiddenSubmissionId() throws Exception {
        String html = mvc.perform(get("/verwijzen").with(AS_HUISARTS))
                .andExpect(status().isOk())
                .andExpect(view().name("referral/form"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("lang=\"nl\"", "Verwijzen naar Welzijn op Recept", "Voornaam", "Achternaam",
                "Geboortedatum", "Telefoonnummer", "Postcode", "Huisnummer", "Gemeente", "Reden van verwijzing",
                "eenzaamheid", "Toestemming en veiligheid", "Is er sprake van een acuut veiligheidsrisico",
                "Verwijzing versturen");
        assertThat(html).doesNotContain("id=\"form-errors\"", "class=\"invalid-feedback\"");
        Map<String, String> submissionId = tag(html, "input", "submissionId", null).orElseThrow();
        assertThat(submissionId.get("type")).isEqualTo("hidden");
        assertThat(UUID.fromString(submissionId.get("value")).toString()).isEqualTo(submissionId.get("value"));
        for (String name : List.of("client.givenName", "client.familyName", "client.birthDate", "client.phone",
                "client.email", "client.postalCode", "client.houseNumber", "consent", "acuteRisk", "reasons")) {
            assertThat(tag(html, "input", name, null)).as(name).isPresent();
        }
        assertThat(tag(html, "input", "client.birthDate", null).orElseThrow().get("type")).isEqualTo("date");
        // The ten gemeenten of the region, and a way to say "elsewhere".
        for (Municipality m : Municipality.values()) {
            assertThat(tag(html, "option", null, m.displayName())).as(m.displayName()).isPresent();
        }
        assertThat(tag(html, "option", null, "Buiten de regio")).isPresent();

        // Each opened form gets its own key, so two referrals of the same person are two cases.
        String again = mvc.perform(get("/verwijzen").with(AS_HUISARTS)).andReturn().getResponse().getContentAsString();
        assertThat(tag(again, "input", "submissionId", null).orElseThrow().get("value"))
                .isNotEqualTo(submissionId.get("value"));
    }

    // ---------------------------------------------------------------- a valid referral

    @Test
    void validPost_createsOneCase_andRedirectsToItsConfirmation() throws Exception {
        Stored before = stored();
        MvcResult result = mvc.perform(post("/verwijzen").params(form(f -> {
                    f.set("client.givenName", "  Jessica ");
                    f.set("client.postalCode", "9501 AB");
                    f.set("client.municipality", "Stadskanaal");
                    f.set("client.email", "Jessica.Jansen@Example.NL");
                    f.set("client.houseNumber", "12a");
                    f.set("contactWay", "PHONE");
                    f.set("contactTime", "doordeweeks 's ochtends");
                })).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String caseNumber = caseNumberOf(result);
        assertThat(stored()).isEqualTo(before.plus(1));

        ReferralCase created = cases.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(created.getCaseNumber()).isEqualTo(
                "WOR-%d-%06d".formatted(LocalDate.now(ReferralCase.ZONE).getYear(), created.getId()));
        assertThat(created.getStatus()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(created.getSource()).isEqualTo(ReferralSource.HUISARTS);
        assertThat(created.getReasons()).containsExactlyInAnyOrder(Reason.STRESS, Reason.RELATIONSHIPS);
        assertThat(created.getQuestion()).isEqualTo("Ik slaap slecht en zit thuis van mijn werk.");
        assertThat(created.getContactPreference()).isEqualTo("PHONE: doordeweeks 's ochtends");
        assertThat(created.getIdempotencyKey()).startsWith("form:");
        Client client = clients.findById(created.getClient().getId()).orElseThrow();
        assertThat(client.getGivenName()).isEqualTo("Jessica");
        assertThat(client.getFamilyName()).isEqualTo("Jansen");
        assertThat(client.getBirthDate()).isEqualTo(LocalDate.of(1978, 3, 1));
        assertThat(client.getPhone()).isEqualTo("0612345678");
        assertThat(client.getEmail()).isEqualTo("jessica.jansen@example.nl");
        assertThat(client.getPostalCode()).isEqualTo("9501 AB");
        assertThat(client.getHouseNumber()).isEqualTo("12A");
        assertThat(client.getMunicipality()).isEqualTo("Stadskanaal");

        // The journey started, under the case number, with its first-contact task for the gemeente's team.
        assertThat(created.getProcessInstanceId()).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(created.getProcessInstanceId())
                .processInstanceBusinessKey(caseNumber).processDefinitionKey(WorProcess.PROCESS_KEY).count())
                .isEqualTo(1);
        assertThat(created.getTeam()).isEqualTo("team-stadskanaal");
        Task contact = firstContactTask(created);
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).taskCandidateGroup("team-stadskanaal")
                .count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).taskCandidateGroup("team-groningen")
                .count()).isZero();
        // No personal data in the engine.
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(created.getCaseNumber()).list().stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toArray(String[]::new)).list().stream()
                .map(v -> v.getName() + "=" + v.getValue()).toList().toString())
                .doesNotContain("Jessica", "Jansen", "0612345678", "9501");

        // The confirmation the huisarts lands on.
        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(AS_HUISARTS))
                .andExpect(status().isOk())
                .andExpect(view().name("referral/detail"))
                .andExpect(content().string(containsString("id=\"confirmation\"")))
                .andExpect(content().string(containsString("Verwijzing ontvangen: casus " + caseNumber)))
                .andExpect(content().string(containsString("<span id=\"case-number\">" + caseNumber + "</span>")))
                .andExpect(content().string(containsString("Jessica Jansen")))
                .andExpect(content().string(containsString("<span id=\"status\">ontvangen</span>")))
                .andExpect(content().string(containsString("Nog geen terugkoppeling.")));
        // Without ?bevestiging it is just the case page.
        mvc.perform(get("/verwijzingen/" + caseNumber).with(AS_HUISARTS))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"confirmation\""))));
    }

    @Test
    void referrerAgbCodeAndPractice_comeFromTheLoginAndProfile_neverFromTheForm() throws Exception {
        Referrer profile = referrers.findById(HUISARTS).orElseThrow();
        assertThat(profile.getAgbCode()).isNotEqualTo("999");
        MvcResult result = mvc.perform(post("/verwijzen").params(form(f -> {
                    f.set("referrerUserId", "evil");
                    f.set("referrer", OTHER);
                    f.set("referrerAgbCode", "999");
                    f.set("agbCode", "999");
                    f.set("practice", OTHER_PRACTICE);
                    f.set("practiceId", OTHER_PRACTICE);
                    f.set("practice.id", OTHER_PRACTICE);
                    f.set("source", "ZELFMELDING");
                    f.set("team", "team-groningen");
                    f.set("status", "CLOSED");
                })).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();

        ReferralCase created = cases.findByCaseNumber(caseNumberOf(result)).orElseThrow();
        assertThat(created.getReferrerUserId()).isEqualTo(HUISARTS);
        assertThat(created.getReferrerAgbCode()).isEqualTo(profile.getAgbCode());
        assertThat(created.getPractice().getId()).isEqualTo(PRACTICE);
        assertThat(created.getSource()).isEqualTo(ReferralSource.HUISARTS);
        assertThat(created.getTeam()).isEqualTo("team-westerwolde");
        assertThat(created.getStatus()).isEqualTo(CaseStatus.RECEIVED);
        // The practice the form named did not get it either.
        mvc.perform(get("/verwijzingen/" + created.getCaseNumber()).with(user(OTHER).roles("huisarts")))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}, {1} jaar → {2}")
    @CsvSource({
            "Stadskanaal, 52, team-stadskanaal",
            "Groningen, 20, team-jongeren-groningen",
            "Groningen, 50, team-groningen",
            "Het Hogeland, 30, team-het-hogeland",
    })
    void firstContactTask_isOfferedToTheTeamOfTheGemeente(String gemeente, int age, String team) throws Exception {
        MvcResult result = mvc.perform(post("/verwijzen").params(form(f -> {
                    f.set("client.municipality", gemeente);
                    f.set("client.birthDate", today().minusYears(age).minusMonths(1).toString());
                })).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        ReferralCase created = cases.findByCaseNumber(caseNumberOf(result)).orElseThrow();
        assertThat(created.getTeam()).isEqualTo(team);
        Task contact = firstContactTask(created);
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).taskCandidateGroup(team).count())
                .isEqualTo(1);
        assertThat(taskService.getIdentityLinksForTask(contact.getId()))
                .filteredOn(link -> link.getGroupId() != null)
                .extracting(link -> link.getGroupId()).containsExactly(team);
    }

    // ---------------------------------------------------------------- validation: one rule at a time

    @ParameterizedTest(name = "{0} = ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
            "client.givenName    | ''              | Vul de voornaam in.",
            "client.givenName    | '   '           | Vul de voornaam in.",
            "client.familyName   | ''              | Vul de achternaam in.",
            "client.birthDate    | ''              | Vul de geboortedatum in.",
            "client.birthDate    | 01-03-1978      | Vul een geldige datum in.",
            "client.phone        | 12345           | Vul een Nederlands telefoonnummer in, bijvoorbeeld 06-12345678 of 050-1234567.",
            "client.phone        | +32 470 123456  | Vul een Nederlands telefoonnummer in, bijvoorbeeld 06-12345678 of 050-1234567.",
            "client.email        | geen-email      | Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
            "client.email        | naam@voorbeeld  | Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
            "client.postalCode   | 12345           | Vul de postcode in als 1234 AB.",
            "client.postalCode   | 1234            | Vul de postcode in als 1234 AB.",
            "client.postalCode   | 0712 AB         | Vul de postcode in als 1234 AB.",
            "client.postalCode   | ''              | Vul de postcode in.",
            "client.houseNumber  | ''              | Vul het huisnummer in.",
            "client.houseNumber  | A12             | Vul een huisnummer in, eventueel met toevoeging, bijvoorbeeld 12 of 12-A.",
            "client.municipality | ''              | Kies de gemeente waar de cliënt woont.",
            "client.municipality | Buiten de regio | Deze gemeente hoort niet bij de regio Groningen. Welzijnsroute kan hier niet verwijzen; zoek Welzijn op Recept in de eigen gemeente van de cliënt.",
            "client.municipality | Assen           | Deze gemeente hoort niet bij de regio Groningen. Welzijnsroute kan hier niet verwijzen; zoek Welzijn op Recept in de eigen gemeente van de cliënt.",
    })
    void invalidClientField_showsItsDutchMessageAtTheField_andStoresNothing(String field, String value,
            String message) throws Exception {
        assertRefused(f -> f.set(field, value), field, message);
    }

    @Test
    void birthDateInTheFuture_isRefusedAsNotPast_notAlsoAsTooYoung() throws Exception {
        String html = assertRefused(f -> f.set("client.birthDate", today().plusDays(1).toString()),
                "client.birthDate", "De geboortedatum moet in het verleden liggen.");
        assertThat(html).doesNotContain("Verwijzen kan vanaf 12 jaar; deze cliënt is jonger.");
    }

    @Test
    void minimumAge_elevenIsRefused_exactlyTwelveIsAccepted() throws Exception {
        String tooYoung = "Verwijzen kan vanaf 12 jaar; deze cliënt is jonger.";
        assertRefused(f -> f.set("client.birthDate", today().minusYears(11).toString()), "client.birthDate",
                tooYoung);
        // Twelve tomorrow: still eleven today.
        assertRefused(f -> f.set("client.birthDate", today().minusYears(12).plusDays(1).toString()),
                "client.birthDate", tooYoung);
        // Twelfth birthday today.
        ReferralCase twelve = assertAccepted(f -> f.set("client.birthDate", today().minusYears(12).toString()));
        assertThat(clients.findById(twelve.getClient().getId()).orElseThrow().getBirthDate())
                .isEqualTo(today().minusYears(12));
    }

    @Test
    void neitherPhoneNorEmail_isRefusedAtThePhoneField_eitherOneIsEnough() throws Exception {
        assertRefused(f -> f.set("client.phone", ""), "client.phone",
                "Vul een telefoonnummer of een e-mailadres in, zodat de coach de cliënt kan bereiken.");

        ReferralCase emailOnly = assertAccepted(f -> {
            f.set("client.phone", "");
            f.set("client.email", "patient@example.nl");
        });
        Client client = clients.findById(emailOnly.getClient().getId()).orElseThrow();
        assertThat(client.getPhone()).isNull();
        assertThat(client.getEmail()).isEqualTo("patient@example.nl");
    }

    @Test
    void emptyEmailField_asEveryBrowserSendsIt_isNoError() throws Exception {
        // A browser sends every field of the form, an untouched e-mail field as "". Phone only is the usual case.
        ReferralCase phoneOnly = assertAccepted(f -> f.set("client.email", ""));
        assertThat(clients.findById(phoneOnly.getClient().getId()).orElseThrow().getEmail()).isNull();
        // With neither filled in, the one message is about reaching the person, not about an invalid address.
        assertRefused(f -> {
            f.set("client.phone", "");
            f.set("client.email", "");
        }, "client.phone", "Vul een telefoonnummer of een e-mailadres in, zodat de coach de cliënt kan bereiken.");
    }

    @ParameterizedTest(name = "telefoon ''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
            "06-12345678    | 0612345678",
            "+31 6 12345678 | 0612345678",
            "0031612345678  | 0612345678",
            "050 123 4567   | 0501234567",
            "(050) 123-4567 | 0501234567",
    })
    void dutchPhoneNumbers_areAccepted_andStoredInOneForm(String phone, String storedAs) throws Exception {
        ReferralCase created = assertAccepted(f -> f.set("client.phone", phone));
        assertThat(clients.findById(created.getClient().getId()).orElseThrow().getPhone()).isEqualTo(storedAs);
    }

    @ParameterizedTest(name = "postcode ''{0}'' → ''9712 AB''")
    @CsvSource({"9712AB", "9712 ab", "' 9712ab '"})
    void postalCodes_areAccepted_andStoredAs1234Space2Letters(String postalCode) throws Exception {
        ReferralCase created = assertAccepted(f -> f.set("client.postalCode", postalCode));
        assertThat(clients.findById(created.getClient().getId()).orElseThrow().getPostalCode()).isEqualTo("9712 AB");
    }

    @Test
    void noReason_isRefused() throws Exception {
        // The browser sends only Spring's checkbox marker when no box is ticked.
        assertRefused(f -> f.remove("reasons"), "reasons", "Kies minstens één reden van verwijzing.");
    }

    @Test
    void reasonOtherWithoutDescription_isRefused_withADescriptionItIsStored() throws Exception {
        assertRefused(f -> {
            f.set("reasons", "OTHER");
            f.set("reasonOther", "  ");
        }, "reasonOther", "Omschrijf de reden ‘anders’.");

        ReferralCase created = assertAccepted(f -> {
            f.set("reasons", "OTHER");
            f.set("reasonOther", "Zoekt vrijwilligerswerk");
        });
        assertThat(created.getReasons()).containsExactly(Reason.OTHER);
        assertThat(created.getReasonOther()).isEqualTo("Zoekt vrijwilligerswerk");
    }

    @Test
    void consentMissing_isRefused_whetherUntickedOrAbsent() throws Exception {
        String message = "Zonder toestemming van de cliënt kan er niet verwezen worden.";
        // Unticked: the browser sends only the marker, which binds false.
        assertRefused(f -> f.remove("consent"), "consent", message);
        // Absent altogether: null.
        assertRefused(f -> {
            f.remove("consent");
            f.remove("_consent");
        }, "consent", message);
        assertRefused(f -> f.set("consent", "false"), "consent", message);
    }

    @Test
    void acuteRiskQuestionUnanswered_isRefused() throws Exception {
        assertRefused(f -> f.remove("acuteRisk"), "acuteRisk",
                "Geef aan of er sprake is van een acuut veiligheidsrisico.");
    }

    @Test
    void manyInvalidFields_eachGetsItsOwnMessage_andStillNothingIsStored() throws Exception {
        Stored before = stored();
        String html = mvc.perform(post("/verwijzen").params(form(f -> {
                    f.set("client.givenName", "");
                    f.set("client.postalCode", "12345");
                    f.set("client.municipality", "Assen");
                    f.remove("reasons");
                    f.remove("consent");
                    f.remove("acuteRisk");
                })).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("referral/form"))
                .andExpect(model().attributeHasFieldErrors("referral", "client.givenName", "client.postalCode",
                        "client.municipality", "reasons", "consent", "acuteRisk"))
                .andExpect(model().attributeErrorCount("referral", 6))
                .andReturn().getResponse().getContentAsString();
        assertThat(errorAt(html, "client.givenName")).isEqualTo("Vul de voornaam in.");
        assertThat(errorAt(html, "client.postalCode")).isEqualTo("Vul de postcode in als 1234 AB.");
        assertThat(errorAt(html, "client.municipality")).startsWith("Deze gemeente hoort niet bij de regio");
        assertThat(errorAt(html, "reasons")).isEqualTo("Kies minstens één reden van verwijzing.");
        assertThat(errorAt(html, "consent")).isEqualTo("Zonder toestemming van de cliënt kan er niet verwezen worden.");
        assertThat(errorAt(html, "acuteRisk")).isEqualTo("Geef aan of er sprake is van een acuut veiligheidsrisico.");
        assertThat(errorAt(html, "client.familyName")).isNull();
        assertThat(stored()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- a failed submit keeps what was typed

    @Test
    void enteredValues_surviveAFailedSubmit_andTheFormKeepsItsSubmissionId() throws Exception {
        String submissionId = UUID.randomUUID().toString();
        String html = mvc.perform(post("/verwijzen").params(form(f -> {
                    f.set("submissionId", submissionId);
                    f.set("client.givenName", "Geertruida");
                    f.set("client.familyName", "");
                    f.set("client.postalCode", "9712 ab");
                    f.set("client.houseNumber", "7-b");
                    f.set("client.municipality", "Veendam");
                    f.set("reasons", "LONELINESS");
                    f.add("reasons", "GRIEF");
                    f.set("question", "<script>alert('x')</script> wil weer meedoen");
                })).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("referral/form"))
                .andExpect(model().attributeHasFieldErrors("referral", "client.familyName"))
                .andReturn().getResponse().getContentAsString();

        assertThat(errorAt(html, "client.familyName")).isEqualTo("Vul de achternaam in.");
        assertThat(html).contains("Niet alle velden zijn goed ingevuld");
        assertThat(value(html, "client.givenName")).isEqualTo("Geertruida");
        assertThat(value(html, "client.postalCode")).isEqualTo("9712 ab");
        assertThat(value(html, "client.houseNumber")).isEqualTo("7-b");
        assertThat(value(html, "client.phone")).isEqualTo("06-12345678");
        assertThat(value(html, "client.birthDate")).isEqualTo("1978-03-01");
        assertThat(tag(html, "option", null, "Veendam").orElseThrow()).containsKey("selected");
        assertThat(tag(html, "option", null, "Westerwolde").orElseThrow()).doesNotContainKey("selected");
        assertThat(tag(html, "input", "reasons", "LONELINESS").orElseThrow()).containsKey("checked");
        assertThat(tag(html, "input", "reasons", "GRIEF").orElseThrow()).containsKey("checked");
        assertThat(tag(html, "input", "reasons", "STRESS").orElseThrow()).doesNotContainKey("checked");
        assertThat(tag(html, "input", "consent", "true").orElseThrow()).containsKey("checked");
        assertThat(tag(html, "input", "acuteRisk", "false").orElseThrow()).containsKey("checked");
        assertThat(tag(html, "input", "acuteRisk", "true").orElseThrow()).doesNotContainKey("checked");
        // What was typed comes back as text, never as markup.
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;");
        // The same key again, so fixing the field and sending makes the one case this form stands for.
        assertThat(value(html, "submissionId")).isEqualTo(submissionId);
    }

    // ---------------------------------------------------------------- acute risk

    @Test
    void acuteRisk_showsTheGuidance_andStoresNothing() throws Exception {
        Stored before = stored();
        mvc.perform(post("/verwijzen").params(form(f -> f.set("acuteRisk", "true"))).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("referral/acute-risk"))
                .andExpect(content().string(containsString("id=\"acute-risk\"")))
                .andExpect(content().string(containsString("113 Zelfmoordpreventie")))
                .andExpect(content().string(containsString("0800-0113")))
                .andExpect(content().string(containsString("huisartsenpost")))
                .andExpect(content().string(containsString("crisisdienst")))
                .andExpect(content().string(containsString("112")))
                .andExpect(content().string(containsString("Er is niets opgeslagen en er is geen casus aangemaakt.")))
                .andExpect(content().string(not(containsString("id=\"referral-form\""))));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void acuteRisk_winsOverInvalidFields_stillGuidanceAndNothingStored() throws Exception {
        Stored before = stored();
        mvc.perform(post("/verwijzen").params(form(f -> {
                    f.set("acuteRisk", "true");
                    f.set("client.givenName", "");
                    f.set("client.postalCode", "12345");
                    f.set("client.municipality", "Assen");
                    f.remove("consent");
                    f.remove("reasons");
                })).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("referral/acute-risk"))
                .andExpect(content().string(containsString("113")))
                .andExpect(content().string(containsString("huisartsenpost")))
                .andExpect(content().string(not(containsString("id=\"form-errors\""))));
        assertThat(stored()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- one case per submitted form

    @Test
    void doubleSubmit_sameSubmissionId_createsOneCase_aNewFormCreatesAnother() throws Exception {
        Stored before = stored();
        LinkedMultiValueMap<String, String> sameForm = form(f -> { });
        String first = mvc.perform(post("/verwijzen").params(sameForm).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(post("/verwijzen").params(sameForm).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first).matches(CASE_NUMBER_URL);
        assertThat(stored()).isEqualTo(before.plus(1));

        String other = mvc.perform(post("/verwijzen").params(form(f -> { })).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(other).isNotEqualTo(first).matches(CASE_NUMBER_URL);
        assertThat(stored()).isEqualTo(before.plus(2));
    }

    @Test
    void submissionIdIsPerReferrer_anotherHuisartsWithTheSameIdGetsTheirOwnCase() throws Exception {
        LinkedMultiValueMap<String, String> sameForm = form(f -> { });
        MvcResult mine = mvc.perform(post("/verwijzen").params(sameForm).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        MvcResult theirs = mvc.perform(post("/verwijzen").params(sameForm).with(user(OTHER).roles("huisarts"))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(caseNumberOf(theirs)).isNotEqualTo(caseNumberOf(mine));
        assertThat(cases.findByCaseNumber(caseNumberOf(theirs)).orElseThrow().getReferrerUserId()).isEqualTo(OTHER);
    }

    // ---------------------------------------------------------------- who may do and see what

    @Test
    void coach_isForbiddenTheFormAndTheReferrerPages() throws Exception {
        String caseNumber = refer(AS_HUISARTS, "Corrie");
        Stored before = stored();
        mvc.perform(get("/verwijzen").with(AS_COACH)).andExpect(status().isForbidden());
        mvc.perform(post("/verwijzen").params(form(f -> { })).with(AS_COACH).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/verwijzingen").with(AS_COACH)).andExpect(status().isForbidden());
        mvc.perform(get("/verwijzingen/" + caseNumber).with(AS_COACH)).andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anonymous_isSentToTheLoginPage_andStoresNothing() throws Exception {
        Stored before = stored();
        mvc.perform(get("/verwijzen")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/verwijzingen")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/verwijzingen/WOR-2026-000001")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/verwijzen").params(form(f -> { })).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void withoutCsrfToken_thePostIsRefused() throws Exception {
        Stored before = stored();
        mvc.perform(post("/verwijzen").params(form(f -> { })).with(AS_HUISARTS)).andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anotherPracticesHuisarts_getsNotFound_andDoesNotSeeItInTheirList() throws Exception {
        String caseNumber = refer(AS_HUISARTS, "Dirkje");
        RequestPostProcessor other = user(OTHER).roles("huisarts");
        mvc.perform(get("/verwijzingen/" + caseNumber).with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/verwijzingen/" + caseNumber + "?bevestiging").with(other)).andExpect(status().isNotFound());
        // Same answer as a case that does not exist: a number reveals nothing.
        mvc.perform(get("/verwijzingen/WOR-1999-999999").with(AS_HUISARTS)).andExpect(status().isNotFound());
        assertThat(caseNumbersInList(other)).doesNotContain(caseNumber);
        mvc.perform(get("/verwijzingen").with(other)).andExpect(content().string(not(containsString("Dirkje"))));

        // A colleague in the same practice, which does not share referrals, does not see it either.
        RequestPostProcessor colleague = user(COLLEAGUE).roles("huisarts");
        mvc.perform(get("/verwijzingen/" + caseNumber).with(colleague)).andExpect(status().isNotFound());
        assertThat(caseNumbersInList(colleague)).doesNotContain(caseNumber);
    }

    @Test
    void list_showsOwnReferralsNewestFirst() throws Exception {
        String older = refer(AS_HUISARTS, "Eerste");
        String newer = refer(AS_HUISARTS, "Tweede");
        List<String> listed = caseNumbersInList(AS_HUISARTS);
        assertThat(listed).startsWith(newer, older);
        assertThat(listed).allSatisfy(n -> assertThat(cases.findByCaseNumber(n).orElseThrow().getReferrerUserId())
                .isEqualTo(HUISARTS));
        String html = mvc.perform(get("/verwijzingen").with(AS_HUISARTS)).andExpect(status().isOk())
                .andExpect(view().name("referral/list")).andReturn().getResponse().getContentAsString();
        assertThat(card(html, newer)).contains("Tweede Jansen", "ontvangen", "door " + HUISARTS);
        assertThat(card(html, older)).contains("Eerste Jansen", "ontvangen");
    }

    @Test
    void sharingPractice_colleaguesSeeEachOthersReferrals() throws Exception {
        String caseNumber = refer(user(SHARING_A).roles("huisarts"), "Gedeeld");
        RequestPostProcessor colleague = user(SHARING_B).roles("huisarts");
        assertThat(caseNumbersInList(colleague)).contains(caseNumber);
        mvc.perform(get("/verwijzingen/" + caseNumber).with(colleague)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gedeeld Jansen")));
        String html = mvc.perform(get("/verwijzingen").with(colleague)).andReturn().getResponse().getContentAsString();
        assertThat(card(html, caseNumber)).contains("door " + SHARING_A);
        // Sharing stops at the practice's door.
        RequestPostProcessor other = user(OTHER).roles("huisarts");
        assertThat(caseNumbersInList(other)).doesNotContain(caseNumber);
        mvc.perform(get("/verwijzingen/" + caseNumber).with(other)).andExpect(status().isNotFound());
        assertThat(caseNumbersInList(AS_HUISARTS)).doesNotContain(caseNumber);
    }

    @Test
    void afterTheCoachsFirstContact_listAndDetailShowContactGelegd_andTheTerugkoppeling() throws Exception {
        String caseNumber = refer(AS_HUISARTS, "Hendrik");
        ReferralCase created = cases.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(card(mvc.perform(get("/verwijzingen").with(AS_HUISARTS)).andReturn().getResponse()
                .getContentAsString(), caseNumber)).contains("ontvangen").doesNotContain("terugkoppeling");

        Task contact = firstContactTask(created);
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).taskCandidateUser(COACH).count())
                .isEqualTo(1);
        taskService.claim(contact.getId(), COACH);
        taskService.complete(contact.getId(), Map.of(WorProcess.Var.CONTACT_OUTCOME, "REACHED",
                WorProcess.Var.CONTACT_CHANNEL, "PHONE"));

        String message = "Casus " + caseNumber
                + ": de welzijnscoach heeft contact gelegd met de cliënt die u verwees. Een verkennend gesprek volgt.";
        String list = mvc.perform(get("/verwijzingen").with(AS_HUISARTS)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String card = card(list, caseNumber);
        assertThat(card).contains("<span class=\"badge text-bg-light status\">contact gelegd</span>", message);
        mvc.perform(get("/verwijzingen/" + caseNumber).with(AS_HUISARTS)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"status\">contact gelegd</span>")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(not(containsString("Nog geen terugkoppeling."))));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A complete, valid form as the browser sends it, Spring's checkbox markers included; then the change. The
     * untouched e-mail field, which a browser sends as "", is left out here and has its own test
     * ({@link #emptyEmailField_asEveryBrowserSendsIt_isNoError}).
     */
    private static LinkedMultiValueMap<String, String> form(Consumer<LinkedMultiValueMap<String, String>> change) {
        LinkedMultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.set("submissionId", UUID.randomUUID().toString());
        f.set("client.givenName", "Jessica");
        f.set("client.familyName", "Jansen");
        f.set("client.birthDate", "1978-03-01");
        f.set("client.phone", "06-12345678");
        f.set("client.postalCode", "9561 AB");
        f.set("client.houseNumber", "12");
        // Not Stadskanaal: other classes look for their new case among team-stadskanaal's first page of work.
        f.set("client.municipality", "Westerwolde");
        f.add("reasons", "STRESS");
        f.add("reasons", "RELATIONSHIPS");
        f.set("_reasons", "on");
        f.set("reasonOther", "");
        f.set("question", "Ik slaap slecht en zit thuis van mijn werk.");
        f.set("note", "");
        f.set("contactWay", "NO_PREFERENCE");
        f.set("contactTime", "");
        f.set("consent", "true");
        f.set("_consent", "on");
        f.set("acuteRisk", "false");
        change.accept(f);
        return f;
    }

    /** Posts the changed form; it must come back with exactly this one error, at its field, and store nothing. */
    private String assertRefused(Consumer<LinkedMultiValueMap<String, String>> change, String field, String message)
            throws Exception {
        Stored before = stored();
        MvcResult result = mvc.perform(post("/verwijzen").params(form(change)).with(AS_HUISARTS).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("referral/form"))
                .andExpect(model().attributeHasFieldErrors("referral", field))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(stored()).as("nothing stored").isEqualTo(before);
        assertThat(html).contains("id=\"form-errors\"", "Niet alle velden zijn goed ingevuld");
        // One problem, one message: exactly this one, at this field, and no other error anywhere.
        assertThat(errorAt(html, field)).as("message at " + field).isEqualTo(message);
        assertThat(fieldErrors(result)).as("fields with errors").containsExactly(field);
        return html;
    }

    /** Posts the changed form; it must make one case. */
    private ReferralCase assertAccepted(Consumer<LinkedMultiValueMap<String, String>> change) throws Exception {
        Stored before = stored();
        MvcResult result = mvc.perform(post("/verwijzen").params(form(change)).with(AS_HUISARTS).with(csrf()))
                .andReturn();
        assertThat(fieldErrors(result)).as("fields with errors").isEmpty();
        assertThat(result.getResponse().getStatus()).as("status").isEqualTo(302);
        assertThat(stored()).isEqualTo(before.plus(1));
        return cases.findByCaseNumber(caseNumberOf(result)).orElseThrow();
    }

    /** Fields with an error, each once, or nothing when the form went through. */
    private static List<String> fieldErrors(MvcResult result) {
        Object errors = result.getModelAndView() == null ? null
                : result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "referral");
        if (!(errors instanceof BindingResult bindingResult)) {
            return List.of();
        }
        assertThat(bindingResult.getGlobalErrors()).as("errors not at a field").isEmpty();
        return bindingResult.getFieldErrors().stream().map(e -> e.getField()).distinct().toList();
    }

    private String refer(RequestPostProcessor huisarts, String givenName) throws Exception {
        return caseNumberOf(mvc.perform(post("/verwijzen").params(form(f -> f.set("client.givenName", givenName)))
                .with(huisarts).with(csrf())).andExpect(status().is3xxRedirection()).andReturn());
    }

    private static String caseNumberOf(MvcResult result) {
        String url = result.getResponse().getRedirectedUrl();
        Matcher matcher = CASE_NUMBER_URL.matcher(url == null ? "" : url);
        assertThat(matcher.matches()).as("redirect to the confirmation: " + url).isTrue();
        return matcher.group(1);
    }

    private Task firstContactTask(ReferralCase referralCase) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(referralCase.getCaseNumber())
                .singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(WorProcess.Activity.CONTACT_CLIENT);
        return task;
    }

    private List<String> caseNumbersInList(RequestPostProcessor huisarts) throws Exception {
        String html = mvc.perform(get("/verwijzingen").with(huisarts)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> numbers = new ArrayList<>();
        Matcher matcher = Pattern.compile("data-case-number=\"([^\"]+)\"").matcher(html);
        while (matcher.find()) {
            numbers.add(matcher.group(1));
        }
        return numbers;
    }

    /** The list's card of one case, from its opening tag to the next card or the end of the list. */
    private static String card(String html, String caseNumber) {
        int start = html.indexOf("data-case-number=\"" + caseNumber + "\"");
        assertThat(start).as("card of " + caseNumber).isNotNegative();
        int next = html.indexOf("data-case-number=", start + 1);
        return html.substring(start, next < 0 ? html.indexOf("</section>", start) : next);
    }

    private static LocalDate today() {
        return LocalDate.now(ReferralCase.ZONE);
    }

    /** The text of the error element the form shows under a field ({@code data-field}), or null if there is none. */
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

    private Stored stored() {
        return new Stored(cases.count(), clients.count(), runtimeService.createProcessInstanceQuery().rootProcessInstances().count());
    }

    /** What a referral leaves behind: a case row, a client row, a process instance. */
    private record Stored(long cases, long clients, long processInstances) {
        Stored plus(int referrals) {
            return new Stored(cases + referrals, clients + referrals, processInstances + referrals);
        }
    }
}
