package nl.welzijnsroute.hulpbronnen;

import static nl.welzijnsroute.hulpbronnen.HulpbronKind.GROEP;
import static nl.welzijnsroute.hulpbronnen.HulpbronKind.INDIVIDUEEL;
import static nl.welzijnsroute.hulpbronnen.HulpbronKind.ONLINE;
import static nl.welzijnsroute.referral.Municipality.EEMSDELTA;
import static nl.welzijnsroute.referral.Municipality.GRONINGEN;
import static nl.welzijnsroute.referral.Municipality.HET_HOGELAND;
import static nl.welzijnsroute.referral.Municipality.MIDDEN_GRONINGEN;
import static nl.welzijnsroute.referral.Municipality.OLDAMBT;
import static nl.welzijnsroute.referral.Municipality.PEKELA;
import static nl.welzijnsroute.referral.Municipality.STADSKANAAL;
import static nl.welzijnsroute.referral.Municipality.VEENDAM;
import static nl.welzijnsroute.referral.Municipality.WESTERKWARTIER;
import static nl.welzijnsroute.referral.Municipality.WESTERWOLDE;
import static nl.welzijnsroute.referral.Reason.CAREGIVING;
import static nl.welzijnsroute.referral.Reason.FINANCES;
import static nl.welzijnsroute.referral.Reason.GRIEF;
import static nl.welzijnsroute.referral.Reason.LONELINESS;
import static nl.welzijnsroute.referral.Reason.LOW_MOOD;
import static nl.welzijnsroute.referral.Reason.MEANING;
import static nl.welzijnsroute.referral.Reason.RELATIONSHIPS;
import static nl.welzijnsroute.referral.Reason.STRESS;
import static nl.welzijnsroute.referral.Reason.WORK;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.welzijnsroute.demo.DemoDataProperties;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;
import nl.welzijnsroute.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sociale kaart as the region plans it for 2028: about four groups per gemeente (forty in all), plus two regional
 * hulpbronnen without a limit, and the facilitators {@code begeleider.groningen} and {@code begeleider.stadskanaal}.
 * Loaded after the demo users and cases ({@code DemoDataLoader}, order 10), only while demo data is on and only
 * when the kaart is still empty. Organisations are the region's kinds of providers; names, addresses and numbers
 * are made up.
 */
@Component
public class HulpbronnenDemoData {

    static final String BEGELEIDER_GRONINGEN = "begeleider.groningen";
    static final String BEGELEIDER_STADSKANAAL = "begeleider.stadskanaal";

    private static final Logger LOG = LoggerFactory.getLogger(HulpbronnenDemoData.class);
    private static final Set<Municipality> REGION = EnumSet.allOf(Municipality.class);
    private static final Map<Municipality, String> FACILITATORS = Map.of(GRONINGEN, BEGELEIDER_GRONINGEN,
            STADSKANAAL, BEGELEIDER_STADSKANAAL);

    /** One hulpbron of the demo kaart; {@code taken} are places already filled (by people from elsewhere too). */
    record Demo(Set<Municipality> gemeenten, String name, HulpbronKind kind, String organisation, Set<Reason> themes,
            Integer places, int taken, String location, String schedule, String contact, String description) {
    }

    private final DemoDataProperties properties;
    private final HulpbronRepository hulpbronnen;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    HulpbronnenDemoData(DemoDataProperties properties, HulpbronRepository hulpbronnen,
            IdentityService identityService, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.properties = properties;
        this.hulpbronnen = hulpbronnen;
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(5) // before the demo cases, which hand Froukje over to one of these groups
    public void loadWhenEnabled() {
        if (properties.enabled()) {
            load();
        }
    }

    /** Loads the demo kaart unless there is any hulpbron already. */
    public void load() {
        if (hulpbronnen.count() > 0) {
            return;
        }
        LOG.info("Loading demo hulpbronnen and facilitators (password '{}')", DemoDataProperties.PASSWORD);
        transaction.executeWithoutResult(status -> insert());
    }

    /** Facilitators and hulpbronnen, whatever is there already; the caller decides whether to. */
    List<Hulpbron> insert() {
        user(BEGELEIDER_GRONINGEN, "Marleen", "Zijlstra");
        user(BEGELEIDER_STADSKANAAL, "Harm", "Kuiper");
        Instant now = clock.instant();
        List<Hulpbron> saved = new ArrayList<>();
        for (Demo demo : catalogue()) {
            Hulpbron hulpbron = new Hulpbron(demo.name(), demo.kind(), demo.organisation(), demo.gemeenten(),
                    demo.themes(), demo.places(), now);
            hulpbron.describe(demo.name(), demo.kind(), demo.organisation(), demo.gemeenten(), demo.themes(),
                    demo.location(), demo.schedule(), demo.contact(), demo.description(), demo.places(), now);
            if (demo.kind() == GROEP && demo.gemeenten().size() == 1) {
                String facilitator = FACILITATORS.get(demo.gemeenten().iterator().next());
                if (facilitator != null) {
                    hulpbron.getBegeleiders().add(facilitator);
                }
            }
            hulpbron = hulpbronnen.saveAndFlush(hulpbron);
            if (demo.taken() > 0) {
                // Places filled before this system knew the group: a demo shortcut past PlacementService.
                jdbc.update("UPDATE hulpbron SET places_taken = ? WHERE id = ?", demo.taken(), hulpbron.getId());
            }
            saved.add(hulpbron);
        }
        return saved;
    }

    private void user(String id, String firstName, String lastName) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@welzijnsroute.example");
            user.setPassword(DemoDataProperties.PASSWORD);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(Roles.BEGELEIDER).count() == 0) {
            identityService.createMembership(id, Roles.BEGELEIDER);
        }
    }

    /** The demo kaart: four groups in every gemeente, then the regional ones. */
    static List<Demo> catalogue() {
        return List.of(
                // Groningen
                group(GRONINGEN, "Voluit Leven", "Lentis Preventie", Set.of(STRESS, LOW_MOOD, MEANING), 12, 9,
                        "Wijkcentrum De Wijert, Van Lenneplaan 2, Groningen", "8 dinsdagochtenden, 10.00-12.00 uur",
                        "050 123 4501, voluitleven@example.nl",
                        "Cursus van acht bijeenkomsten: ruimte maken voor wat lastig is en doen wat je belangrijk "
                                + "vindt (gebaseerd op Acceptance and Commitment Therapy)."),
                group(GRONINGEN, "Schuldhulpgroep Stabiel Thuis", "Welzijn Stad Groningen",
                        Set.of(FINANCES, STRESS, RELATIONSHIPS), 10, 4, "Buurthuis Selwerd, Groningen",
                        "om de week op donderdagavond, 19.00-21.00 uur", "050 123 4502, stabielthuis@example.nl",
                        "Samen grip krijgen op geld en rust in huis: post openen, een budget maken, praten over "
                                + "wat schulden met een gezin doen. Met een schuldhulpmaatje."),
                group(GRONINGEN, "Voorzorggroep Groningen", "Lentis en Welzijn Stad Groningen",
                        Set.of(LOW_MOOD, STRESS, LONELINESS), 8, 7, "Herstelhuis Oosterpoort, Groningen",
                        "wekelijks op maandag, 13.30-15.30 uur", "050 123 4503, voorzorg.groningen@example.nl",
                        "Voor wie op de wachtlijst van de GGZ staat: niet alleen wachten, maar samen met een "
                                + "ervaringsdeskundige alvast werken aan wat helpt."),
                group(GRONINGEN, "Lotgenotengroep Rouw en Verlies", "Humanitas Groningen", Set.of(GRIEF, MEANING), 8,
                        2, "Het Floreshuis, Groningen", "6 woensdagavonden, 19.30-21.30 uur",
                        "050 123 4504, rouw.groningen@example.nl",
                        "Praten met anderen die iemand verloren, of een relatie, baan of gezondheid."),
                // Stadskanaal
                group(STADSKANAAL, "Herstelgroep Stadskanaal", "Herstel Academie Oost-Groningen",
                        Set.of(LOW_MOOD, MEANING), 10, 8, "Herstel Academie, Navolaan 12, Stadskanaal",
                        "wekelijks op woensdag, 10.00-12.00 uur", "0599 123 401, herstel.stadskanaal@example.nl",
                        "Herstelgroep onder leiding van ervaringsdeskundigen: je eigen verhaal, je krachten en "
                                + "je volgende stap."),
                group(STADSKANAAL, "Voorzorggroep Stadskanaal", "Welzijn Stadskanaal",
                        Set.of(LOW_MOOD, STRESS, LONELINESS), 8, 8, "Wijkcentrum Noord, Stadskanaal",
                        "wekelijks op dinsdag, 14.00-16.00 uur", "0599 123 402, voorzorg.stadskanaal@example.nl",
                        "Voor wie op een plek in de GGZ wacht: samen werken aan rust, ritme en steun."),
                group(STADSKANAAL, "Wandelgroep Samen op Pad", "Welzijn Stadskanaal", Set.of(LONELINESS, LOW_MOOD),
                        12, 5, "start bij de bibliotheek, Stadskanaal", "zaterdagochtend 10.00 uur, ongeveer een uur",
                        "0599 123 403", "Samen wandelen langs het kanaal en daarna koffie; gewoon aansluiten mag."),
                group(STADSKANAAL, "Mantelzorgcafé Stadskanaal", "Steunpunt Mantelzorg Stadskanaal",
                        Set.of(CAREGIVING, STRESS), 10, 3, "Steunpunt Mantelzorg, Stadskanaal",
                        "elke eerste donderdag van de maand, 14.00-16.00 uur", "0599 123 404",
                        "Even niet zorgen: ervaringen delen met andere mantelzorgers."),
                // Eemsdelta
                group(EEMSDELTA, "Taalcafé Delfzijl", "Bibliotheek Eemsdelta", Set.of(LONELINESS, WORK), 12, 6,
                        "Bibliotheek Delfzijl", "vrijdagochtend, 10.00-11.30 uur", "0596 123 401",
                        "Nederlands oefenen in een ontspannen groep, en mensen uit de buurt leren kennen."),
                group(EEMSDELTA, "Voorzorggroep Eemsdelta", "Welzijn Eemsdelta", Set.of(LOW_MOOD, STRESS), 8, 3,
                        "Gezondheidscentrum Appingedam", "wekelijks op donderdag, 10.00-12.00 uur", "0596 123 402",
                        "Voor wie wacht op GGZ: samen met een ervaringsdeskundige werken aan wat helpt."),
                group(EEMSDELTA, "Rouwgroep Eemsdelta", "Humanitas Eemsdelta", Set.of(GRIEF), 6, 5,
                        "Dorpshuis Farmsum", "6 maandagavonden, 19.30-21.30 uur", "0596 123 403",
                        "Lotgenotengroep voor wie een dierbare verloor."),
                group(EEMSDELTA, "Schuldhulpgroep Grip op Geld", "Welzijn Eemsdelta", Set.of(FINANCES, STRESS), 10,
                        2, "Wijkcentrum Delfzijl-Noord", "om de week op dinsdagavond, 19.00-21.00 uur",
                        "0596 123 404", "Overzicht krijgen in geldzaken, samen met anderen en een budgetmaatje."),
                // Het Hogeland
                group(HET_HOGELAND, "Wandelgroep Samen Buiten", "Welzijn Het Hogeland", Set.of(LONELINESS, LOW_MOOD),
                        12, 4, "start bij station Winsum", "woensdagmiddag 14.00 uur", "0595 123 401",
                        "Wandelen door het Hogeland, in je eigen tempo en in goed gezelschap."),
                group(HET_HOGELAND, "Herstelgroep Het Hogeland", "Herstel Academie Groningen",
                        Set.of(LOW_MOOD, MEANING), 10, 6, "Dorpshuis Warffum", "wekelijks op maandag, 10.00-12.00 uur",
                        "0595 123 402", "Werken aan je eigen herstel, met ervaringsdeskundigen."),
                group(HET_HOGELAND, "Mantelzorgcafé Uithuizen", "Welzijn Het Hogeland",
                        Set.of(CAREGIVING, LONELINESS), 10, 2, "Dorpshuis Uithuizen",
                        "elke derde dinsdag van de maand, 14.00-16.00 uur", "0595 123 403",
                        "Ontmoeting en steun voor mantelzorgers."),
                group(HET_HOGELAND, "Gespreksgroep Zin in het Leven", "Welzijn Het Hogeland",
                        Set.of(MEANING, GRIEF), 8, 3, "Kerkje Baflo", "6 donderdagmiddagen, 14.00-16.00 uur",
                        "0595 123 404", "Samen praten over wat je leven de moeite waard maakt."),
                // Midden-Groningen
                group(MIDDEN_GRONINGEN, "Voorzorggroep Hoogezand", "Welzijn Midden-Groningen",
                        Set.of(LOW_MOOD, STRESS, LONELINESS), 8, 6, "Gezondheidscentrum Hoogezand",
                        "wekelijks op woensdag, 13.30-15.30 uur", "0598 123 401",
                        "Voor wie wacht op GGZ: samen werken aan wat nu al helpt."),
                group(MIDDEN_GRONINGEN, "Schuldhulpgroep Geldzaken op Orde", "Welzijn Midden-Groningen",
                        Set.of(FINANCES, WORK), 10, 5, "Wijkcentrum Sappemeer", "om de week op maandagavond",
                        "0598 123 402", "Geldzaken op orde, met hulp van vrijwilligers van de schuldhulp."),
                group(MIDDEN_GRONINGEN, "Taalcafé Hoogezand", "Bibliotheek Midden-Groningen",
                        Set.of(LONELINESS, WORK), 12, 3, "Bibliotheek Hoogezand", "dinsdagochtend, 10.00-11.30 uur",
                        "0598 123 403", "Nederlands oefenen en nieuwe mensen ontmoeten."),
                group(MIDDEN_GRONINGEN, "Lotgenotengroep Rouw Midden-Groningen", "Humanitas Midden-Groningen",
                        Set.of(GRIEF, MEANING), 8, 1, "Dorpshuis Slochteren", "6 dinsdagavonden",
                        "0598 123 404", "Praten over verlies, met anderen die het kennen."),
                // Oldambt
                group(OLDAMBT, "Herstelgroep Winschoten", "Herstel Academie Oost-Groningen",
                        Set.of(LOW_MOOD, MEANING), 10, 4, "Herstel Academie, Winschoten",
                        "wekelijks op vrijdag, 10.00-12.00 uur", "0597 123 401",
                        "Herstelgroep met ervaringsdeskundigen."),
                group(OLDAMBT, "Wandelgroep Blauwestad", "Welzijn Oldambt", Set.of(LONELINESS, STRESS), 12, 7,
                        "start bij het Paviljoen, Blauwestad", "zondagochtend 10.30 uur", "0597 123 402",
                        "Samen wandelen rond het Oldambtmeer."),
                group(OLDAMBT, "Mantelzorggroep Oldambt", "Steunpunt Mantelzorg Oldambt", Set.of(CAREGIVING, STRESS),
                        8, 2, "Steunpunt Mantelzorg, Winschoten", "om de week op woensdag, 10.00-12.00 uur",
                        "0597 123 403", "Steun en ontspanning voor wie voor een naaste zorgt."),
                group(OLDAMBT, "Werkplaats Meedoen Winschoten", "Welzijn Oldambt", Set.of(WORK, MEANING), 10, 9,
                        "Werkplaats De Driehoek, Winschoten", "maandag tot en met donderdag, 9.00-12.00 uur",
                        "0597 123 404", "Dagbesteding en vrijwilligerswerk: meedoen met je handen."),
                // Pekela
                group(PEKELA, "Ontmoetingsochtend Oude Pekela", "Welzijn Pekela", Set.of(LONELINESS), 12, 4,
                        "Dorpshuis Oude Pekela", "woensdagochtend, 10.00-12.00 uur", "0597 223 401",
                        "Koffie, een praatje en samen iets ondernemen."),
                group(PEKELA, "Voorzorggroep Pekela", "Welzijn Pekela", Set.of(LOW_MOOD, STRESS), 8, 3,
                        "Gezondheidscentrum Nieuwe Pekela", "wekelijks op donderdag, 13.30-15.30 uur",
                        "0597 223 402", "Voor wie wacht op GGZ: samen werken aan wat helpt."),
                group(PEKELA, "Schuldhulpgroep Pekela", "Welzijn Pekela", Set.of(FINANCES), 8, 2,
                        "Wijkcentrum Nieuwe Pekela", "om de week op dinsdagavond", "0597 223 403",
                        "Samen aan de slag met geldzorgen, met een budgetmaatje."),
                group(PEKELA, "Gespreksgroep Relaties en Gezin", "Welzijn Pekela", Set.of(RELATIONSHIPS, STRESS), 8,
                        5, "Dorpshuis Oude Pekela", "6 maandagavonden, 19.30-21.30 uur", "0597 223 404",
                        "Over spanning thuis, opvoeden en samen verder."),
                // Veendam
                group(VEENDAM, "Herstelgroep Veendam", "Herstel Academie Oost-Groningen", Set.of(LOW_MOOD, MEANING),
                        10, 3, "Herstel Academie, Veendam", "wekelijks op dinsdag, 10.00-12.00 uur", "0598 223 401",
                        "Herstelgroep met ervaringsdeskundigen."),
                group(VEENDAM, "Rouwgroep Verder na Verlies", "Humanitas Veendam", Set.of(GRIEF), 6, 2,
                        "Wijkcentrum Veendam", "6 woensdagavonden", "0598 223 402",
                        "Lotgenotengroep voor wie een dierbare verloor."),
                group(VEENDAM, "Taalcafé Veendam", "Bibliotheek Veendam", Set.of(LONELINESS, WORK), 12, 5,
                        "Bibliotheek Veendam", "donderdagmiddag, 14.00-15.30 uur", "0598 223 403",
                        "Nederlands oefenen in een ontspannen groep."),
                group(VEENDAM, "Stress de Baas", "Welzijn Veendam", Set.of(STRESS, WORK), 10, 6,
                        "Wijkcentrum Veendam", "6 maandagochtenden, 10.00-12.00 uur", "0598 223 404",
                        "Korte cursus: spanning herkennen en er iets mee doen."),
                // Westerkwartier
                group(WESTERKWARTIER, "Wandelgroep Leek", "Welzijn Westerkwartier", Set.of(LONELINESS, LOW_MOOD),
                        12, 3, "start bij Landgoed Nienoord, Leek", "dinsdagochtend 10.00 uur", "0594 123 401",
                        "Samen wandelen over het landgoed."),
                group(WESTERKWARTIER, "Voorzorggroep Westerkwartier", "Welzijn Westerkwartier",
                        Set.of(LOW_MOOD, STRESS), 8, 7, "Gezondheidscentrum Zuidhorn",
                        "wekelijks op maandag, 13.30-15.30 uur", "0594 123 402",
                        "Voor wie wacht op GGZ: samen werken aan wat helpt."),
                group(WESTERKWARTIER, "Mantelzorgcafé Zuidhorn", "Steunpunt Mantelzorg Westerkwartier",
                        Set.of(CAREGIVING), 10, 2, "Dorpshuis Zuidhorn", "elke tweede woensdag van de maand",
                        "0594 123 403", "Ontmoeting en steun voor mantelzorgers."),
                group(WESTERKWARTIER, "Schuldhulpgroep Westerkwartier", "Welzijn Westerkwartier",
                        Set.of(FINANCES, STRESS, RELATIONSHIPS), 10, 4, "Wijkcentrum Leek",
                        "om de week op donderdagavond", "0594 123 404",
                        "Grip op geld en rust in huis, samen met anderen."),
                // Westerwolde
                group(WESTERWOLDE, "Herstelgroep Ter Apel", "Herstel Academie Oost-Groningen",
                        Set.of(LOW_MOOD, MEANING), 8, 2, "Dorpshuis Ter Apel", "wekelijks op woensdag, 10.00-12.00 uur",
                        "0599 223 401", "Herstelgroep met ervaringsdeskundigen."),
                group(WESTERWOLDE, "Ontmoetingsgroep Vlagtwedde", "Welzijn Westerwolde", Set.of(LONELINESS), 12, 5,
                        "Dorpshuis Vlagtwedde", "donderdagmiddag, 14.00-16.00 uur", "0599 223 402",
                        "Samen koffie drinken, spelletjes doen en iets ondernemen."),
                group(WESTERWOLDE, "Rouwgroep Westerwolde", "Humanitas Westerwolde", Set.of(GRIEF), 6, 1,
                        "Dorpshuis Sellingen", "6 dinsdagavonden", "0599 223 403",
                        "Lotgenotengroep voor wie een dierbare verloor."),
                group(WESTERWOLDE, "Werkplaats Meedoen Westerwolde", "Welzijn Westerwolde", Set.of(WORK, MEANING),
                        10, 4, "Werkplaats Ter Apel", "maandag tot en met donderdag, 9.00-12.00 uur", "0599 223 404",
                        "Dagbesteding en vrijwilligerswerk in de buurt."),
                // Regional, without a limit
                new Demo(REGION, "Online Herstelgroep", ONLINE, "Herstel Academie Groningen",
                        Set.of(LOW_MOOD, MEANING, LONELINESS), null, 0, "online (videobellen)",
                        "wekelijks op woensdagavond, 19.30-21.00 uur", "online.herstel@example.nl",
                        "Herstelgroep via videobellen, voor wie (nog) niet naar een groep kan of wil reizen."),
                new Demo(REGION, "Thuisadministratie aan huis", INDIVIDUEEL, "Humanitas Groningen",
                        Set.of(FINANCES, STRESS), null, 0, "bij u thuis", "in overleg", "050 123 4599",
                        "Een getrainde vrijwilliger helpt thuis, een half jaar lang, de administratie op orde te "
                                + "krijgen en te houden."));
    }

    private static Demo group(Municipality gemeente, String name, String organisation, Set<Reason> themes,
            int places, int taken, String location, String schedule, String contact, String description) {
        return new Demo(EnumSet.of(gemeente), name, GROEP, organisation, themes, places, taken, location, schedule,
                contact, description);
    }
}
