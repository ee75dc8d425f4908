package nl.welzijnsroute.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.welzijnsroute.casework.PgDimension;
import nl.welzijnsroute.referral.ClosureReason;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import nl.welzijnsroute.referral.ReferralSource;
import nl.welzijnsroute.support.Http;
import nl.welzijnsroute.support.Hulpbronnen;
import nl.welzijnsroute.hulpbronnen.Hulpbron;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The five personas of the region's plan (Henk, Jessica, Emma, Froukje, Martje), each through a whole journey the
 * way the people in it work: the referrer fills in the verwijsformulier, a coach of the team that serves the
 * person's gemeente works the tasks from the werkvoorraad, Positieve Gezondheid is scored at the start and at the
 * end, and the referrer reads the terugkoppeling. Real HTTP on the real port with login and CSRF token, the real
 * engine and database. The one shortcut: the test fires a follow-up moment's timer when it is due (the job
 * executor is off in tests).
 *
 * <p>Other tests share the database (and on PostgreSQL an earlier run may have left cases), so each client's family
 * name carries a random suffix, and the journey finds its case by that name.
 */
@IntegrationTest
class PersonaJourneyTest {

    // Referrers: one per entry of the domain brief.
    private static final String MENTOR = "t.persona.mentor";
    private static final String HUISARTS = "t.persona.huisarts.groningen";
    private static final String POH_GGZ = "t.persona.poh.stadskanaal";
    private static final String OTHER_HUISARTS = "t.persona.huisarts.elders";
    private static final String CHATTER = "t.persona.chatter";
    private static final String GGZ_PRACTITIONER = "t.persona.ggz";
    // Coaches, one per team this test meets.
    private static final String COACH_GRONINGEN = "t.persona.coach.groningen";
    private static final String COACH_STADSKANAAL = "t.persona.coach.stadskanaal";
    private static final String COACH_JONGEREN = "t.persona.coach.jongeren";
    // Experts by experience.
    private static final String RIA = "t.persona.ria";
    private static final String KEES = "t.persona.kees";

    private static final String GRONINGEN = "team-groningen";
    private static final String STADSKANAAL = "team-stadskanaal";

    // Task names as the BPMN names them and the werkvoorraad shows them.
    private static final String CONTACT_CLIENT = "Neem contact op met cliënt";
    private static final String CONDUCT_CONVERSATION = "Voer verkennend gesprek";
    private static final String ARRANGE_HANDOVER = "Draag warm over aan hulpbron";
    private static final String BEGELEIDER = "t.persona.begeleider";
    private static final String HOLD_FOLLOW_UP = "Houd vervolgcontact";
    private static final String CONCLUDE = "Rond begeleiding af";

    /** The answers of the task forms that belong in the case file, never in the engine. */
    private static final List<String> CASE_FILE_FIELDS = List.of("hulpvraag", "sterkeKanten", "doelen",
            "gekozenHulpbronnen", "clientSatisfaction", "afsluitingToelichting");

    private static final Pattern CONFIRMATION =
            Pattern.compile("/verwijzingen/((?:WOR|VG)-\\d{4}-\\d{6})\\?bevestiging$");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern WORK_ITEM =
            Pattern.compile("<tr([^>]*class=\"[^\"]*work-item[^\"]*\"[^>]*)>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern OPEN_TASK_LINK = Pattern.compile("<a[^>]*class=\"open-task\"[^>]*>([^<]*)</a>");
    private static final Pattern CASE_TASK_LINK = Pattern.compile("<a href=\"/taken/([^\"]+)\">([^<]*)</a>");
    private static final Pattern TERUGKOPPELING = Pattern.compile("<li[^>]*class=\"terugkoppeling\"[^>]*>(.*?)</li>",
            Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    Hulpbronnen hulpbronnen;
    @Autowired
    TestUsers users;
    @Autowired
    ReferralCaseRepository cases;
    @Autowired
    ConversationRepository conversations;
    @Autowired
    HandoverRepository handovers;
    @Autowired
    FollowUpRepository followUps;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    DecisionService decisionService;

    /** One logged-in browser per person, for the length of a test. */
    private final Map<String, Http> browsers = new HashMap<>();

    @BeforeEach
    void people() {
        users.verwijzer(MENTOR, ReferralSource.SCHOOL);
        users.verwijzer(CHATTER, ReferralSource.DIGITAL_COMMUNITY);
        users.verwijzer(GGZ_PRACTITIONER, ReferralSource.GGZ);
        users.huisarts(HUISARTS, "PR-T-PERSONA-GRONINGEN");
        users.huisarts(POH_GGZ, "PR-T-PERSONA-STADSKANAAL");
        users.huisarts(OTHER_HUISARTS, "PR-T-PERSONA-ELDERS");
        users.user(COACH_GRONINGEN, "coach", GRONINGEN);
        users.user(COACH_STADSKANAAL, "coach", STADSKANAAL);
        users.user(COACH_JONGEREN, "coach", "team-jongeren-groningen");
        users.user(RIA, "ervaringsdeskundige");
        users.user(KEES, "ervaringsdeskundige");
        users.user(BEGELEIDER, "begeleider");
    }

    // ------------------------------------------------------------------------------------------------ the personas

    /**
     * Henk, 35: at a ten-minute school meeting he mentions tension at home; the mentor asks for a verkennend gesprek.
     * Hidden debts come up; he joins a group on debts and a stable home, and the follow-ups find him settled there.
     */
    @Test
    void henk_viaTheSchoolMentor_findsHisDebtsOutInConversation_andSettlesInADebtGroup() {
        Journey henk = new Journey("Henk", "Bakker", MENTOR)
                .referred(35, Municipality.GRONINGEN, "9714 KL", "Er is spanning thuis; hij wil erover praten.",
                        Reason.STRESS, Reason.RELATIONSHIPS);
        assertThat(henk.caseNumber).startsWith("VG-");

        henk.workedOnBy(COACH_GRONINGEN, GRONINGEN).hiddenFromCoach(COACH_STADSKANAAL)
                .hiddenFromReferrer(CHATTER)
                .contactMade();
        henk.conversationRefusedWithoutHulpvraag();
        henk.conversation(new Gesprek("HANDOVER", false,
                        "Ik heb schulden waar thuis niemand van weet, en ik wil weer rust in huis.",
                        "Betrokken vader; een broer die wil helpen.",
                        "Overzicht over de schulden; minder ruzie thuis.",
                        "Een groep over schulden en een stabiel thuis, met lotgenoten."))
                .positieveGezondheid("T0", new int[] {6, 4, 5, 4, 5, 5}, PgDimension.MENTAAL_WELBEVINDEN)
                .warmHandover("Schuldhulpgroep Stabiel Thuis");

        // As many follow-up moments as the decision table plans for an adult from this entry, each going well.
        List<Integer> moments = henk.plannedFollowUpMoments(ReferralSource.SCHOOL, 35);
        for (int daysAfterHandover : moments) {
            henk.followUpMomentArrives(daysAfterHandover).followUp("GOING_WELL");
        }
        assertThat(henk.followUpTimer()).as("no follow-up moment after the last one").isEmpty();
        assertThat(followUps.findByCaseIdOrderByFollowUpNo(henk.stored().getId())).extracting(FollowUp::getOutcome)
                .hasSize(moments.size()).containsOnly("GOING_WELL");

        henk.positieveGezondheid("T1", new int[] {7, 7, 6, 7, 7, 7})
                .concluded("SETTLED_AT_HULPBRON", null, "Gaat elke week naar de groep; de schulden zijn in beeld.");

        henk.closedAs(ClosureReason.SETTLED_AT_HULPBRON, "op zijn plek bij de hulpbron");
        henk.caseFileShowsOnTheCasePage();
        henk.caseFileStaysOutOfTheEngine();
        assertThat(henk.terugkoppeling()).containsExactly(
                firstContact(henk),
                handedOver(henk, "Schuldhulpgroep Stabiel Thuis"),
                closed(henk, "op zijn plek bij de hulpbron"));
    }

    /**
     * Jessica, 48: off work, low, sleeping badly. Her huisarts refers her to Welzijn op Recept; the conversation maps
     * her strengths and network, she joins "Voluit Leven", and closes with her goal reached.
     */
    @Test
    void jessica_viaHerHuisarts_joinsVoluitLeven_andReachesHerGoal() {
        Journey jessica = new Journey("Jessica", "de Boer", HUISARTS)
                .referred(48, Municipality.GRONINGEN, "9722 AB",
                        "Overspannen, zit thuis van haar werk, slaapt slecht.", Reason.STRESS, Reason.LOW_MOOD,
                        Reason.RELATIONSHIPS);
        assertThat(jessica.caseNumber).startsWith("WOR-");

        jessica.workedOnBy(COACH_GRONINGEN, GRONINGEN).hiddenFromCoach(COACH_JONGEREN)
                .hiddenFromCoach(COACH_STADSKANAAL).hiddenFromReferrer(OTHER_HUISARTS)
                .contactMade()
                .conversation(new Gesprek("HANDOVER", false,
                        "Ik wil weer energie hebben en beter slapen.",
                        "Goede vriendinnen; een partner die meedenkt.",
                        "Meer tijd met vrienden; relatiegesprekken met mijn partner.",
                        "Voluit Leven; relatiegesprekken (GGZ)"))
                .positieveGezondheid("T0", new int[] {4, 3, 5, 4, 4, 3}, PgDimension.DAGELIJKS_FUNCTIONEREN,
                        PgDimension.MENTAAL_WELBEVINDEN)
                .warmHandover("Voluit Leven");
        for (int daysAfterHandover : jessica.plannedFollowUpMoments(ReferralSource.HUISARTS, 48)) {
            jessica.followUpMomentArrives(daysAfterHandover).followUp("GOING_WELL");
        }
        jessica.positieveGezondheid("T1", new int[] {6, 6, 7, 7, 7, 6})
                .concluded("GOAL_REACHED", 8, "Werkt weer halve dagen; ziet haar vriendinnen elke week.");

        jessica.closedAs(ClosureReason.GOAL_REACHED, "doel bereikt");
        assertThat(jessica.casePage()).contains("data-field=\"clientSatisfaction\"");
        assertThat(jessica.caseRecord("clientSatisfaction")).isEqualTo("8");
        jessica.caseFileShowsOnTheCasePage();
        jessica.caseFileStaysOutOfTheEngine();
        assertThat(jessica.terugkoppeling()).containsExactly(
                firstContact(jessica),
                handedOver(jessica, "Voluit Leven"),
                closed(jessica, "doel bereikt"));
    }

    /**
     * Emma, 28: chats with the digital community; the chatter starts a verkennend gesprek with an
     * ervaringsdeskundige taking part. She joins a recovery group; at a follow-up she asks for a new conversation,
     * after which nothing more is needed.
     */
    @Test
    void emma_viaTheDigitalCommunity_withAnErvaringsdeskundige_talksAgainAfterAFollowUp_andReachesHerGoal() {
        Journey emma = new Journey("Emma", "de Jong", CHATTER)
                .referred(28, Municipality.GRONINGEN, "9725 BA", "Wil praten met iemand die het kent.",
                        Reason.LOW_MOOD, Reason.MEANING);
        assertThat(emma.caseNumber).startsWith("VG-");

        // 28 is past the youth route (12-27): the adult team.
        emma.workedOnBy(COACH_GRONINGEN, GRONINGEN).hiddenFromCoach(COACH_JONGEREN).hiddenFromReferrer(MENTOR)
                .contactMade()
                .invitesErvaringsdeskundige(RIA);
        assertThat(emma.pageFor(RIA, "/")).as("her start page lists the invitation").contains(emma.caseNumber);
        assertThat(emma.pageFor(KEES, "/")).doesNotContain(emma.caseNumber);
        assertThat(emma.statusFor(RIA, "/casussen/" + emma.caseNumber)).isEqualTo(200);
        assertThat(emma.pageFor(RIA, "/casussen/" + emma.caseNumber)).contains(emma.fullName())
                .doesNotContain("id=\"tasks\"", "id=\"pg-form\"");
        assertThat(emma.statusFor(RIA, "/taken/" + emma.openTaskId(CONDUCT_CONVERSATION))).as("reads, not works")
                .isEqualTo(403);
        assertThat(emma.statusFor(KEES, "/casussen/" + emma.caseNumber)).as("not invited").isEqualTo(404);

        emma.conversation(new Gesprek("HANDOVER", true,
                        "Ik wil grip op mijn stemmingen zonder meteen medicatie.",
                        "Kent haar signalen; steun van de chatgroep.",
                        "Een herstelgroep; contact met modulaire GGZ over kortdurende medicatie.",
                        "De herstelgroep van de Herstel Academie, deze week nog face-to-face."))
                .positieveGezondheid("T0", new int[] {6, 4, 4, 5, 4, 5}, PgDimension.ZINGEVING)
                .warmHandover("Herstelgroep Herstel Academie")
                .followUpMomentArrives(emma.plannedFollowUpMoments(ReferralSource.DIGITAL_COMMUNITY, 28).get(0))
                .followUp("NEW_CONVERSATION");
        assertThat(emma.followUpTimer()).as("a new conversation instead of waiting for the next moment").isEmpty();

        // The second conversation builds on the first: the form opens with the answers of the first.
        assertThat(emma.taskPage(CONDUCT_CONVERSATION))
                .contains("Ik wil grip op mijn stemmingen zonder meteen medicatie.");
        emma.conversation(new Gesprek("CONCLUDE", true,
                        "Ik heb mijn plek in de herstelgroep; ik wil dit zelf volhouden.",
                        "Kent haar signalen; steun van de groep en de chatgroep.",
                        "Blijven gaan naar de herstelgroep.",
                        "Verder in de herstelgroep; zelf contact met de modulaire GGZ."))
                .positieveGezondheid("T1", new int[] {7, 6, 7, 7, 6, 7})
                .concluded("GOAL_REACHED", 9, null);

        emma.closedAs(ClosureReason.GOAL_REACHED, "doel bereikt");
        List<Conversation> held = conversations.findByCaseIdOrderByRecordedAt(emma.stored().getId());
        assertThat(held).extracting(Conversation::getOutcome).containsExactly("HANDOVER", "CONCLUDE");
        assertThat(held).allMatch(Conversation::isErvaringsdeskundigePresent);
        assertThat(followUps.findByCaseIdOrderByFollowUpNo(emma.stored().getId())).extracting(FollowUp::getOutcome)
                .containsExactly("NEW_CONVERSATION");
        emma.caseFileShowsOnTheCasePage();
        emma.caseFileStaysOutOfTheEngine();
        assertThat(emma.terugkoppeling()).containsExactly(
                firstContact(emma),
                handedOver(emma, "Herstelgroep Herstel Academie"),
                closed(emma, "doel bereikt"));
    }

    /**
     * Froukje, 52: long GGZ history; with her practitioner she chooses a verkennend gesprek. She joins a herstelgroep,
     * then the coach sees serious concern and sends the case back: closed, nothing left open, and the referrer told.
     */
    @Test
    void froukje_viaHerGgzPractitioner_joinsAHerstelgroep_thenGoesBackToTheGgzWithSeriousConcern() {
        Journey froukje = new Journey("Froukje", "Mulder", GGZ_PRACTITIONER)
                .referred(52, Municipality.STADSKANAAL, "9502 GH", "Wil meer doen dan alleen behandeling.",
                        Reason.LOW_MOOD, Reason.MEANING);
        assertThat(froukje.caseNumber).startsWith("VG-");

        froukje.workedOnBy(COACH_STADSKANAAL, STADSKANAAL).hiddenFromCoach(COACH_GRONINGEN)
                .hiddenFromReferrer(HUISARTS)
                .contactMade()
                .conversation(new Gesprek("HANDOVER", true,
                        "Samen met mijn partner ontdekken wat er naast de behandeling kan.",
                        "Een partner die meegaat; ervaring met groepen.",
                        "Minder GGZ; een herstelgroep en een groep lichaamswerk.",
                        "Een herstelgroep in Stadskanaal en een groep lichaamswerk."))
                .positieveGezondheid("T0", new int[] {5, 4, 4, 5, 3, 5}, PgDimension.MEEDOEN)
                .warmHandover("Herstelgroep Stadskanaal");
        assertThat(froukje.followUpTimer()).as("waiting for the first follow-up moment").isPresent();

        String reason = "Ernstige terugval sinds vorige week; overleg met de behandelaar bij Lentis nodig.";
        froukje.sentBackWithSeriousConcern("GGZ", reason);
        assertThat(froukje.notes()).contains("Ernstige zorg, teruggelegd bij de GGZ: " + reason);
        froukje.closedAs(ClosureReason.BACK_TO_HUISARTS, "terug naar huisarts of GGZ");
        // The referrer hears where the case went back to.
        assertThat(froukje.followUpTimer()).as("the follow-up moment is cancelled").isEmpty();

        // Positieve Gezondheid at closure can still be recorded once the case is back with the GGZ.
        froukje.positieveGezondheid("T1", new int[] {4, 3, 4, 4, 4, 4});
        // A second click finds nothing left to send back.
        assertThat(froukje.sentBackAgain("GGZ", "Nog eens.")).contains("Deze casus kan nu niet worden teruggelegd");

        froukje.caseFileShowsOnTheCasePage();
        froukje.caseFileStaysOutOfTheEngine(reason);
        assertThat(froukje.terugkoppeling()).containsExactly(
                firstContact(froukje),
                handedOver(froukje, "Herstelgroep Stadskanaal"),
                "Casus " + froukje.caseNumber + " is afgesloten: de welzijnscoach heeft ernstige zorgen en legt de casus"
                        + " terug bij de GGZ.");
    }

    /**
     * Martje, 41: headaches and stomach aches without a physical cause. The POH-GGZ of her practice refers her
     * (Welzijn op Recept); in the conversation her divorce turns out to be the question, and she works on that loss
     * with the POH: no handover, the guidance concludes with her goal reached.
     */
    @Test
    void martje_viaThePohGgz_findsHerQuestionIsALoss_andConcludesWithoutAHandover() {
        Journey martje = new Journey("Martje", "Smit", POH_GGZ)
                .referred(41, Municipality.STADSKANAAL, "9501 EF",
                        "Hoofdpijn en buikpijn zonder lichamelijke oorzaak.", Reason.GRIEF, Reason.STRESS);
        assertThat(martje.caseNumber).startsWith("WOR-");

        martje.workedOnBy(COACH_STADSKANAAL, STADSKANAAL).hiddenFromCoach(COACH_GRONINGEN)
                .hiddenFromReferrer(GGZ_PRACTITIONER)
                .contactMade()
                .conversation(new Gesprek("CONCLUDE", false,
                        "Een plek vinden om het verlies van mijn scheiding te verwerken.",
                        "Zus in de buurt; werkt graag in de tuin.",
                        "Het verlies een plek geven.",
                        "Gesprekken met de POH-GGZ"))
                .positieveGezondheid("T0", new int[] {4, 4, 5, 5, 6, 6}, PgDimension.LICHAAMSFUNCTIES)
                .positieveGezondheid("T1", new int[] {6, 6, 6, 6, 6, 7})
                .concluded("GOAL_REACHED", 7, "Verwerkt de scheiding in gesprekken met de POH-GGZ.");

        martje.closedAs(ClosureReason.GOAL_REACHED, "doel bereikt");
        assertThat(handovers.findByCaseIdOrderByRecordedAt(martje.stored().getId())).isEmpty();
        martje.caseFileShowsOnTheCasePage();
        martje.caseFileStaysOutOfTheEngine();
        assertThat(martje.terugkoppeling()).containsExactly(
                firstContact(martje),
                closed(martje, "doel bereikt"));
    }

    // The terugkoppeling as the referrer reads it (messages.properties, terugkoppeling.* and closure.*).

    private static String firstContact(Journey journey) {
        return "Casus " + journey.caseNumber
                + ": de welzijnscoach heeft contact gelegd met de cliënt die u verwees. Een verkennend gesprek volgt.";
    }

    /** Where the person went is for a huisarts; another referrer hears that a warm handover happened. */
    private static String handedOver(Journey journey, String hulpbron) {
        return journey.caseNumber.startsWith("WOR-")
                ? "Casus " + journey.caseNumber + ": de cliënt die u verwees is warm overgedragen aan " + hulpbron + "."
                : "Casus " + journey.caseNumber
                        + ": de cliënt die u verwees is warm overgedragen aan een hulpbron (groep of andere hulp).";
    }

    private static String closed(Journey journey, String reasonInWords) {
        return "Casus " + journey.caseNumber + " is afgesloten: " + reasonInWords + ".";
    }

    // ------------------------------------------------------------------------------------------ the journey driver

    /** What a coach writes down in a verkennend gesprek. */
    private record Gesprek(String outcome, boolean ervaringsdeskundigePresent, String hulpvraag, String sterkeKanten,
            String doelen, String gekozenHulpbronnen) {
    }

    private record Scores(int[] scores, Set<PgDimension> talkAbout) {
    }

    private record WorkItem(String taskId, String caseNumber, String taskName) {
    }

    /** One person's journey, step by step, as the people in it do it through the app's pages. */
    private final class Journey {

        private final String givenName;
        private final String familyName;
        private final String referrerId;
        private String caseNumber;
        private String coachId;
        private String team;
        /** What the person told, written in the case file: must show on the case page and never reach the engine. */
        private final Map<String, String> caseFile = new LinkedHashMap<>();
        /** Every such answer, also those a later conversation replaced. */
        private final List<String> told = new ArrayList<>();
        private final Map<String, Scores> positieveGezondheid = new LinkedHashMap<>();
        private Instant handoverFrom;
        private Instant handoverUntil;

        Journey(String givenName, String familyName, String referrerId) {
            this.givenName = givenName;
            this.familyName = familyName + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
            this.referrerId = referrerId;
        }

        String fullName() {
            return givenName + " " + familyName;
        }

        // ------------------------------------------------------------------ the referrer

        /** The referrer fills in the verwijsformulier; the confirmation names the new case. */
        Journey referred(int age, Municipality gemeente, String postalCode, String question, Reason... reasons) {
            Http referrer = browser(referrerId);
            HttpResponse<String> form = referrer.get("/verwijzen");
            assertThat(form.statusCode()).isEqualTo(200);
            LocalDate birthDate = LocalDate.now(ReferralCase.ZONE).minusYears(age).minusMonths(1);
            List<String> fields = new ArrayList<>(List.of("submissionId", UUID.randomUUID().toString(),
                    "client.givenName", givenName, "client.familyName", familyName,
                    "client.birthDate", birthDate.toString(), "client.phone", "0612345678", "client.email", "",
                    "client.postalCode", postalCode, "client.houseNumber", "12",
                    "client.municipality", gemeente.displayName(), "question", question, "contactWay", "PHONE",
                    "consent", "true", "acuteRisk", "false"));
            for (Reason reason : reasons) {
                fields.addAll(List.of("reasons", reason.name()));
            }
            HttpResponse<String> sent = submit(referrer, form.body(), "/verwijzen", fields.toArray(String[]::new));
            assertThat(sent.statusCode()).as("referral accepted: %s", errorsOf(sent)).isEqualTo(302);
            Matcher confirmation = CONFIRMATION.matcher(location(sent));
            assertThat(confirmation.find()).as(location(sent)).isTrue();
            caseNumber = confirmation.group(1);
            // A huisarts (or POH-GGZ) refers to Welzijn op Recept; every other entry asks for a verkennend gesprek.
            assertThat(text(form.body())).contains(caseNumber.startsWith("WOR-") ? "Verwijzen naar Welzijn op Recept"
                    : "Verkennend gesprek aanvragen");
            String page = text(referrer.get("/verwijzingen/" + caseNumber + "?bevestiging").body());
            assertThat(page).contains("Verwijzing ontvangen: casus " + caseNumber, fullName());
            assertThat(referrerStatus()).isEqualTo("ontvangen");
            return this;
        }

        /** Someone who did not refer this person gets "not found", as if the case did not exist. */
        Journey hiddenFromReferrer(String otherReferrer) {
            assertThat(statusFor(otherReferrer, "/verwijzingen/" + caseNumber)).isEqualTo(404);
            assertThat(pageFor(otherReferrer, "/verwijzingen")).doesNotContain(caseNumber);
            return this;
        }

        List<String> terugkoppeling() {
            HttpResponse<String> view = browser(referrerId).get("/verwijzingen/" + caseNumber);
            assertThat(view.statusCode()).isEqualTo(200);
            List<String> messages = new ArrayList<>();
            Matcher item = TERUGKOPPELING.matcher(view.body());
            while (item.find()) {
                messages.add(stripTags(item.group(1)).replaceFirst("^\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2} ", ""));
            }
            return messages;
        }

        String referrerStatus() {
            return stripTags(element(browser(referrerId).get("/verwijzingen/" + caseNumber).body(), "status"));
        }

        // ------------------------------------------------------------------ the coach

        /** The team's coach finds the first task in the werkvoorraad, searching by the person's name. */
        Journey workedOnBy(String coach, String expectedTeam) {
            this.coachId = coach;
            this.team = expectedTeam;
            assertThat(stored().getTeam()).isEqualTo(expectedTeam);
            openTaskId(CONTACT_CLIENT);
            return this;
        }

        /** A coach of another team neither finds the case nor opens it or its task. */
        Journey hiddenFromCoach(String otherCoach) {
            assertThat(workQueue(otherCoach)).extracting(WorkItem::caseNumber).doesNotContain(caseNumber);
            assertThat(statusFor(otherCoach, "/casussen/" + caseNumber)).isEqualTo(404);
            for (String taskId : openTaskIdsInEngine()) {
                assertThat(statusFor(otherCoach, "/taken/" + taskId)).isEqualTo(404);
            }
            return this;
        }

        Journey contactMade() {
            complete(CONTACT_CLIENT, "field_contactOutcome", "REACHED", "field_contactChannel", "PHONE");
            assertThat(referrerStatus()).isEqualTo("contact gelegd");
            return this;
        }

        /** The form refuses a conversation without the question for help, in Dutch, and nothing moves on. */
        Journey conversationRefusedWithoutHulpvraag() {
            String taskId = openTaskId(CONDUCT_CONVERSATION);
            HttpResponse<String> refused = submit(coach(), coach().get("/taken/" + taskId).body(), "/taken/" + taskId,
                    "field_conversationDate", LocalDate.now(ReferralCase.ZONE).toString(), "field_hulpvraag", " ",
                    "field_conversationOutcome", "HANDOVER");
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(text(refused.body())).contains("Dit veld is verplicht.");
            assertThat(openTaskId(CONDUCT_CONVERSATION)).isEqualTo(taskId);
            return this;
        }

        Journey conversation(Gesprek gesprek) {
            assertThat(taskPage(CONDUCT_CONVERSATION)).contains("name=\"field_hulpvraag\"", "name=\"field_doelen\"");
            List<String> fields = new ArrayList<>(List.of(
                    "field_conversationDate", LocalDate.now(ReferralCase.ZONE).toString(),
                    "field_hulpvraag", gesprek.hulpvraag(), "field_sterkeKanten", gesprek.sterkeKanten(),
                    "field_doelen", gesprek.doelen(), "field_gekozenHulpbronnen", gesprek.gekozenHulpbronnen(),
                    "field_conversationOutcome", gesprek.outcome()));
            if (gesprek.ervaringsdeskundigePresent()) {
                fields.addAll(List.of("field_ervaringsdeskundigePresent", "true"));
            }
            complete(CONDUCT_CONVERSATION, fields.toArray(String[]::new));
            caseFile.put("hulpvraag", gesprek.hulpvraag());
            caseFile.put("sterkeKanten", gesprek.sterkeKanten());
            caseFile.put("doelen", gesprek.doelen());
            caseFile.put("gekozenHulpbronnen", gesprek.gekozenHulpbronnen());
            told.addAll(List.of(gesprek.hulpvraag(), gesprek.sterkeKanten(), gesprek.doelen(),
                    gesprek.gekozenHulpbronnen()));
            return this;
        }

        /** The six scores, from the case page's form; T0 at the first conversation, T1 at closure. */
        Journey positieveGezondheid(String moment, int[] scores, PgDimension... talkAbout) {
            String path = "/casussen/" + caseNumber;
            String page = coach().get(path).body();
            assertThat(page).contains("id=\"pg-form\"");
            List<String> fields = new ArrayList<>(List.of("moment", moment));
            for (PgDimension dimension : PgDimension.values()) {
                fields.addAll(List.of(dimension.formProperty(), String.valueOf(scores[dimension.ordinal()])));
            }
            for (PgDimension dimension : talkAbout) {
                fields.addAll(List.of("talkAbout", dimension.name()));
            }
            HttpResponse<String> saved = submit(coach(), page, path + "/positieve-gezondheid",
                    fields.toArray(String[]::new));
            assertThat(saved.statusCode()).as("scores saved: %s", errorsOf(saved)).isEqualTo(302);
            assertThat(location(saved)).endsWith(path + "#positieve-gezondheid");
            assertThat(casePage()).contains("De scores zijn opgeslagen.");
            Set<PgDimension> flagged = EnumSet.noneOf(PgDimension.class);
            flagged.addAll(Arrays.asList(talkAbout));
            positieveGezondheid.put(moment, new Scores(scores.clone(), flagged));
            return this;
        }

        /**
         * The warm handover through the pages: the coach chooses the hulpbron on the case page and writes the
         * introduction; its facilitator accepts on their own page (seeing name, contact and introduction, not the
         * case file); the coach introduces the person; the facilitator confirms the first meeting.
         */
        Journey warmHandover(String hulpbron) {
            Hulpbron group = hulpbronnen.group(hulpbron, 12, Municipality.GRONINGEN, BEGELEIDER);
            HttpResponse<String> chosen = submit(coach(), coach().get("/casussen/" + caseNumber).body(),
                    "/casussen/" + caseNumber + "/hulpbronnen", "hulpbronId", String.valueOf(group.getId()));
            assertThat(chosen.statusCode()).isEqualTo(302);
            String introduction = "Kennismaking voor " + hulpbron + ": houdt van rustig beginnen.";
            complete(ARRANGE_HANDOVER, "field_introductie", introduction, "field_clientAgreesToIntroduction", "true");

            Http begeleider = browser(BEGELEIDER);
            String overdrachten = begeleider.get("/overdrachten").body();
            Matcher card = Pattern.compile("data-placement=\"(\\d+)\"[^>]*>((?:(?!data-placement=).)*?)"
                    + Pattern.quote(HtmlUtils.htmlEscape(introduction)), Pattern.DOTALL).matcher(overdrachten);
            assertThat(card.find()).as("the facilitator sees the introduction").isTrue();
            String placement = card.group(1);
            assertThat(card.group(2)).contains(HtmlUtils.htmlEscape(givenName));
            assertThat(overdrachten).as("the facilitator does not see the case file").doesNotContain("Hulpvraag");
            assertThat(location(submit(begeleider, overdrachten, "/overdrachten/" + placement + "/besluit",
                    "decision", "ACCEPT", "reason", ""))).endsWith("/overdrachten");

            complete("Stel cliënt persoonlijk voor", "field_introduced", "true");
            handoverFrom = Instant.now();
            assertThat(location(submit(begeleider, begeleider.get("/overdrachten").body(),
                    "/overdrachten/" + placement + "/eerste-bijeenkomst", "attended", "true")))
                    .endsWith("/overdrachten");
            handoverUntil = Instant.now();
            // The huisarts reads where the person went; another referrer that a warm handover happened.
            assertThat(referrerStatus()).isEqualTo("overgedragen aan "
                    + (caseNumber.startsWith("WOR-") ? hulpbron : "een hulpbron"));
            assertThat(handovers.findByCaseIdOrderByRecordedAt(stored().getId())).extracting(Handover::getHulpbronName)
                    .endsWith(hulpbron);
            return this;
        }

        /** The days after the handover the follow-up-schedule decision plans for this person. */
        List<Integer> plannedFollowUpMoments(ReferralSource source, int age) {
            String schedule = decisionService.evaluateDecisionTableByKey(WorProcess.FOLLOW_UP_DECISION,
                    Map.of(WorProcess.Var.SOURCE, source.name(), WorProcess.Var.LEEFTIJD, age))
                    .getSingleResult().getSingleEntry();
            List<Integer> days = FollowUpPlanner.parse(schedule).daysAfterHandover();
            assertThat(days).as("an adult gets follow-up moments after a handover").isNotEmpty();
            return days;
        }

        /** Time passes: the follow-up moment, due as planned after the handover, arrives (the test fires its timer). */
        Journey followUpMomentArrives(int daysAfterHandover) {
            Job timer = followUpTimer().orElseThrow(() -> new AssertionError("No follow-up moment planned"));
            Duration days = Duration.ofDays(daysAfterHandover);
            assertThat(timer.getDuedate().toInstant()).isBetween(handoverFrom.plus(days).minusSeconds(1),
                    handoverUntil.plus(days).plusSeconds(1));
            managementService.executeJob(timer.getId());
            return this;
        }

        Journey followUp(String outcome) {
            complete(HOLD_FOLLOW_UP, "field_followUpOutcome", outcome);
            return this;
        }

        Journey concluded(String closureReason, Integer satisfaction, String toelichting) {
            assertThat(taskPage(CONCLUDE)).contains("name=\"field_closureReason\"");
            List<String> fields = new ArrayList<>(List.of("field_closureReason", closureReason));
            if (satisfaction != null) {
                fields.addAll(List.of("field_clientSatisfaction", satisfaction.toString()));
                caseFile.put("clientSatisfaction", satisfaction.toString());
            }
            if (toelichting != null) {
                fields.addAll(List.of("field_afsluitingToelichting", toelichting));
                caseFile.put("afsluitingToelichting", toelichting);
                told.add(toelichting);
            }
            complete(CONCLUDE, fields.toArray(String[]::new));
            return this;
        }

        Journey invitesErvaringsdeskundige(String userId) {
            String path = "/casussen/" + caseNumber;
            String page = coach().get(path).body();
            assertThat(page).contains("id=\"invite-form\"", "<option value=\"" + userId + "\">");
            HttpResponse<String> invited = submit(coach(), page, path + "/ervaringsdeskundige", "userId", userId);
            assertThat(invited.statusCode()).isEqualTo(302);
            assertThat(casePage()).contains("De ervaringsdeskundige is uitgenodigd en kan deze casus nu inzien.");
            assertThat(stripTags(element(coach().get(path).body(), "invitations"))).contains(userId);
            return this;
        }

        Journey sentBackWithSeriousConcern(String target, String reason) {
            String page = coach().get("/casussen/" + caseNumber).body();
            assertThat(page).contains("id=\"concern-form\"");
            assertThat(sendBack(page, target, reason))
                    .contains("De casus is teruggelegd; de verwijzer krijgt bericht.");
            return this;
        }

        /** @return the case page the coach lands on */
        String sentBackAgain(String target, String reason) {
            String page = coach().get("/casussen/" + caseNumber).body();
            assertThat(page).as("no send-back form on a closed case").doesNotContain("id=\"concern-form\"");
            return sendBack(page, target, reason);
        }

        private String sendBack(String page, String target, String reason) {
            HttpResponse<String> sent = submit(coach(), page, "/casussen/" + caseNumber + "/ernstige-zorg",
                    "target", target, "reason", reason);
            assertThat(sent.statusCode()).isEqualTo(302);
            assertThat(location(sent)).endsWith("/casussen/" + caseNumber);
            return casePage();
        }

        // ------------------------------------------------------------------ the effects

        /** Closed with the reason, in the database, on the case page, in the engine and in the referrer's words. */
        void closedAs(ClosureReason reason, String inWords) {
            ReferralCase stored = stored();
            assertThat(stored.isClosed()).isTrue();
            assertThat(stored.getClosureReason()).isEqualTo(reason);
            assertThat(stored.getClosedAt()).isNotNull();
            String page = coach().get("/casussen/" + caseNumber).body();
            assertThat(stripTags(element(page, "case-status"))).isEqualTo("afgesloten: " + inWords);
            assertThat(text(page)).contains("Geen open taken.");
            assertThat(openTaskIdsInEngine()).isEmpty();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
                    .as("every process instance of the case has ended").isZero();
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .list()).extracting(HistoricProcessInstance::getState)
                    .containsOnly(HistoricProcessInstance.STATE_COMPLETED);
            assertThat(referrerStatus()).isEqualTo("afgesloten: " + inWords);
            assertThat(workQueue(coachId)).extracting(WorkItem::caseNumber).doesNotContain(caseNumber);
        }

        /** The answers from the conversations and the closure, and the T0 and T1 scores, on the case page. */
        void caseFileShowsOnTheCasePage() {
            String page = coach().get("/casussen/" + caseNumber).body();
            String records = text(element(page, "case-records"));
            assertThat(caseFile.values()).allSatisfy(answer -> assertThat(records).contains(answer));
            caseFile.forEach((field, answer) -> assertThat(caseRecord(field)).as(field).isEqualTo(answer));

            String table = element(page, "pg-scores");
            assertThat(stripTags(table.substring(0, table.indexOf("</thead>"))))
                    .isEqualTo("T0 (eerste gesprek) T1 (afsluiting)");
            List<String> expected = new ArrayList<>();
            List<String> labels = List.of("Lichaamsfuncties", "Mentaal welbevinden", "Zingeving", "Kwaliteit van leven",
                    "Meedoen", "Dagelijks functioneren");
            for (PgDimension dimension : PgDimension.values()) {
                StringBuilder row = new StringBuilder(labels.get(dimension.ordinal()));
                for (Scores scores : positieveGezondheid.values()) {
                    row.append(' ').append(scores.scores()[dimension.ordinal()]);
                    if (scores.talkAbout().contains(dimension)) {
                        row.append(" praten");
                    }
                }
                expected.add(row.toString());
            }
            List<String> rows = new ArrayList<>();
            Matcher row = ROW.matcher(table.substring(table.indexOf("<tbody>")));
            while (row.find()) {
                rows.add(stripTags(row.group(1)));
            }
            assertThat(rows).containsExactlyElementsOf(expected);
        }

        /** The newest answer to a case-file field as the case page shows it. */
        String caseRecord(String field) {
            String records = element(coach().get("/casussen/" + caseNumber).body(), "case-records");
            Matcher answer = Pattern.compile("<dd data-field=\"" + field + "\"><span[^>]*>([^<]*)</span>")
                    .matcher(records);
            String latest = null;
            while (answer.find()) {
                latest = HtmlUtils.htmlUnescape(answer.group(1));
            }
            return latest;
        }

        /**
         * What the person told (and any other given text) is nowhere in the engine: no variable of that name and no
         * value containing it, in any of the case's process instances, now or in their history.
         */
        void caseFileStaysOutOfTheEngine(String... moreTexts) {
            // A satisfaction score ("8") is too short to search for; the client's name is personal data too.
            List<String> secrets = new ArrayList<>(told);
            secrets.addAll(List.of(moreTexts));
            secrets.add(familyName);
            String[] texts = secrets.toArray(String[]::new);
            List<String> instanceIds = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumber).list().stream()
                    .map(HistoricProcessInstance::getId).toList();
            assertThat(instanceIds).isNotEmpty();
            for (String instanceId : instanceIds) {
                List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
                        .processInstanceId(instanceId).disableCustomObjectDeserialization().list();
                assertThat(variables).extracting(HistoricVariableInstance::getName)
                        .isNotEmpty().doesNotContainAnyElementsOf(CASE_FILE_FIELDS);
                for (HistoricVariableInstance variable : variables) {
                    assertThat(String.valueOf(variable.getValue())).as(variable.getName())
                            .doesNotContain(texts);
                }
                for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(instanceId)
                        .variableUpdates().disableCustomObjectDeserialization().list()) {
                    HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
                    assertThat(CASE_FILE_FIELDS).doesNotContain(update.getVariableName());
                    assertThat(String.valueOf(update.getValue())).as(update.getVariableName())
                            .doesNotContain(texts);
                }
            }
        }

        String notes() {
            return text(element(coach().get("/casussen/" + caseNumber).body(), "notes"));
        }

        // ------------------------------------------------------------------ reading the pages

        /** Opens the task from the werkvoorraad and completes its form; the coach lands on the case page. */
        private void complete(String taskName, String... fields) {
            String taskId = openTaskId(taskName);
            String path = "/taken/" + taskId;
            HttpResponse<String> page = coach().get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            HttpResponse<String> done = submit(coach(), page.body(), path, fields);
            assertThat(done.statusCode()).as("%s completed: %s", taskName, errorsOf(done)).isEqualTo(302);
            assertThat(location(done)).endsWith("/casussen/" + caseNumber);
            assertThat(casePage()).contains("De taak is afgerond.");
            assertThat(openTaskIdsInEngine()).doesNotContain(taskId);
        }

        /** The open task of that name, as the team's coach finds it in the werkvoorraad and on the case page. */
        String openTaskId(String taskName) {
            List<WorkItem> queue = workQueue(coachId);
            List<WorkItem> found = queue.stream()
                    .filter(item -> item.caseNumber().equals(caseNumber) && item.taskName().equals(taskName)).toList();
            assertThat(found).as("%s in the werkvoorraad of %s: %s", taskName, coachId, queue).hasSize(1);
            String taskId = found.get(0).taskId();
            assertThat(taskService.getIdentityLinksForTask(taskId))
                    .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .extracting(IdentityLink::getGroupId).as("offered to the team").containsExactly(team);
            Matcher link = CASE_TASK_LINK.matcher(element(coach().get("/casussen/" + caseNumber).body(), "tasks"));
            Map<String, String> onCasePage = new HashMap<>();
            while (link.find()) {
                onCasePage.put(link.group(1), HtmlUtils.htmlUnescape(link.group(2)));
            }
            assertThat(onCasePage).containsEntry(taskId, taskName);
            return taskId;
        }

        String taskPage(String taskName) {
            HttpResponse<String> page = coach().get("/taken/" + openTaskId(taskName));
            assertThat(page.statusCode()).isEqualTo(200);
            return text(page.body());
        }

        /** The case page as the coach sees it now (after a redirect: with its one-time message). */
        String casePage() {
            HttpResponse<String> page = coach().get("/casussen/" + caseNumber);
            assertThat(page.statusCode()).isEqualTo(200);
            return text(page.body());
        }

        List<WorkItem> workQueue(String coach) {
            HttpResponse<String> page = browser(coach).get("/werkvoorraad?q=" + Http.encode(familyName));
            assertThat(page.statusCode()).isEqualTo(200);
            List<WorkItem> items = new ArrayList<>();
            Matcher row = WORK_ITEM.matcher(page.body());
            while (row.find()) {
                Matcher name = OPEN_TASK_LINK.matcher(row.group(2));
                items.add(new WorkItem(attribute(row.group(1), "data-task-id"),
                        attribute(row.group(1), "data-case-number"),
                        name.find() ? HtmlUtils.htmlUnescape(name.group(1)) : null));
            }
            return items;
        }

        int statusFor(String user, String path) {
            return browser(user).get(path).statusCode();
        }

        String pageFor(String user, String path) {
            HttpResponse<String> page = browser(user).get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            return text(page.body());
        }

        Optional<Job> followUpTimer() {
            ProcessInstance conversation = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumber).processDefinitionKey(WorProcess.VERKENNEND_GESPREK_KEY)
                    .singleResult();
            if (conversation == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(managementService.createJobQuery().processInstanceId(conversation.getId())
                    .timers().activityId(WorProcess.Activity.FOLLOW_UP_DUE).singleResult());
        }

        private List<String> openTaskIdsInEngine() {
            return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
                    .map(org.camunda.bpm.engine.task.Task::getId).toList();
        }

        ReferralCase stored() {
            return cases.findByCaseNumber(caseNumber).orElseThrow();
        }

        private Http coach() {
            return browser(coachId);
        }
    }

    // ------------------------------------------------------------------------------------------------ HTTP helpers

    private Http browser(String user) {
        return browsers.computeIfAbsent(user, u -> Http.loggedIn(port, u, TestUsers.PASSWORD));
    }

    /** Posts a form the way the browser would from the page it shows: with that page's CSRF token. */
    private static HttpResponse<String> submit(Http http, String page, String action, String... fields) {
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("a CSRF token on the page before %s", action).isTrue();
        StringBuilder body = new StringBuilder("_csrf=").append(Http.encode(csrf.group(1)));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(Http.encode(fields[i])).append('=').append(Http.encode(fields[i + 1]));
        }
        return http.postForm(action, body.toString());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** For failure messages: what a refused form said. */
    private static String errorsOf(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode() + " " + location(response);
        }
        Matcher feedback = Pattern.compile("class=\"invalid-feedback[^\"]*\"[^>]*>([^<]*)<").matcher(response.body());
        List<String> messages = new ArrayList<>();
        while (feedback.find()) {
            messages.add(HtmlUtils.htmlUnescape(feedback.group(1)).trim());
        }
        return messages.toString();
    }

    /** The element with that id, from its start tag to its end tag (elements of the same kind are not nested). */
    private static String element(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertThat(at).as("element #%s on the page", id).isNotNegative();
        int start = html.lastIndexOf('<', at);
        String tag = html.substring(start + 1).split("[\\s>]", 2)[0];
        int end = html.indexOf("</" + tag + ">", at);
        return html.substring(start, end + tag.length() + 3);
    }

    private static String attribute(String tagAttributes, String name) {
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tagAttributes);
        return value.find() ? value.group(1) : null;
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }

    private static String stripTags(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").trim();
    }
}
