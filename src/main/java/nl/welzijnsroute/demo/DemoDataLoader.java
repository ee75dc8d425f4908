package nl.welzijnsroute.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.NewReferral;
import nl.welzijnsroute.referral.Practice;
import nl.welzijnsroute.referral.PracticeRepository;
import nl.welzijnsroute.referral.Reason;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralService;
import nl.welzijnsroute.referral.ReferralSource;
import nl.welzijnsroute.referral.Referrer;
import nl.welzijnsroute.referral.ReferrerRepository;
import nl.welzijnsroute.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Dutch demo users and a handful of cases in different stages, loaded once on the first start of the default
 * H2 run so a newcomer sees a living system. All names are fictional.
 */
@Component
public class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final PracticeRepository practices;
    private final ReferrerRepository referrers;
    private final ReferralService referralService;
    private final nl.welzijnsroute.hulpbronnen.PlacementService placements;
    private final nl.welzijnsroute.hulpbronnen.HulpbronRepository hulpbronnen;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    DemoDataLoader(DemoDataProperties properties, IdentityService identityService, TaskService taskService,
            PracticeRepository practices, ReferrerRepository referrers,
            ReferralService referralService, nl.welzijnsroute.hulpbronnen.PlacementService placements,
            nl.welzijnsroute.hulpbronnen.HulpbronRepository hulpbronnen,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.placements = placements;
        this.hulpbronnen = hulpbronnen;
        this.jdbc = jdbc;
        this.properties = properties;
        this.identityService = identityService;
        this.taskService = taskService;
        this.practices = practices;
        this.referrers = referrers;
        this.referralService = referralService;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(10)
    public void loadWhenEnabled() {
        if (properties.enabled()) {
            load();
        }
    }

    /** Loads the demo data unless it is there already (it is looked up by one of its users). */
    public void load() {
        if (identityService.createUserQuery().userId("coach.groningen").count() > 0) {
            return;
        }
        LOG.info("Loading demo data (users with password '{}')", DemoDataProperties.PASSWORD);
        user("huisarts.jansen", "Anna", "Jansen", Roles.HUISARTS);
        user("huisarts.devries", "Maarten", "de Vries", Roles.HUISARTS);
        user("coach.groningen", "Sanne", "Bos", Roles.COACH, Municipality.GRONINGEN.teamGroupId());
        user("coach.stadskanaal", "Jan", "Hofstede", Roles.COACH, Municipality.STADSKANAAL.teamGroupId());
        user("coach.jongeren", "Lotte", "Kuipers", Roles.COACH, Roles.JONGEREN_GRONINGEN);
        user("coordinator", "Ingrid", "Wiersma", Roles.COORDINATOR);
        user("poh.devries", "Petra", "Dijkstra", Roles.HUISARTS);
        user("verwijzer.school", "Mirjam", "Veenstra", Roles.VERWIJZER);
        user("verwijzer.chat", "Bas", "Hoekstra", Roles.VERWIJZER);
        user("verwijzer.ggz", "Karin", "Meijer", Roles.VERWIJZER);
        user("verwijzer.leefstijl", "Wouter", "Brouwer", Roles.VERWIJZER);
        user("ervaringsdeskundige.groningen", "Ria", "Postma", Roles.ERVARINGSDESKUNDIGE);

        Practice wijert = practices.save(new Practice("PR-0001", "Huisartsenpraktijk De Wijert", false));
        Practice kanaal = practices.save(new Practice("PR-0002", "Gezondheidscentrum Stadskanaal Noord", true));
        referrers.save(new Referrer("huisarts.jansen", "A. Jansen, huisarts", ReferralSource.HUISARTS, "01012345",
                wijert));
        referrers.save(new Referrer("huisarts.devries", "M. de Vries, huisarts", ReferralSource.HUISARTS,
                "01067890", kanaal));
        referrers.save(new Referrer("poh.devries", "P. Dijkstra, POH-GGZ", ReferralSource.HUISARTS, "01067891",
                kanaal));
        referrers.save(new Referrer("verwijzer.school", "M. Veenstra, mentor Zernike College", ReferralSource.SCHOOL,
                null, null));
        referrers.save(new Referrer("verwijzer.chat", "B. Hoekstra, chatter digitale gemeenschap",
                ReferralSource.DIGITAL_COMMUNITY, null, null));
        referrers.save(new Referrer("verwijzer.ggz", "K. Meijer, behandelaar Lentis", ReferralSource.GGZ, null, null));
        referrers.save(new Referrer("verwijzer.leefstijl", "W. Brouwer, leefstijlcoach UMCG leefstijlzorgloket",
                ReferralSource.LEEFSTIJLLOKET, null, null));

        LocalDate today = LocalDate.now(ReferralCase.ZONE);
        // Jessica: just referred, waiting for first contact.
        refer("huisarts.jansen", "Jessica", "de Boer", today.minusYears(48), "0612345678", "jessica@example.nl",
                "9722 AB", "12", Municipality.GRONINGEN, EnumSet.of(Reason.STRESS, Reason.RELATIONSHIPS),
                "Ik slaap slecht en zit al weken thuis van mijn werk.");
        // A young man in Groningen: goes to the youth team.
        refer("huisarts.jansen", "Sem", "Visser", today.minusYears(20), "0687654321", null, "9712 CD", "3",
                Municipality.GRONINGEN, EnumSet.of(Reason.LONELINESS), "Ik ken hier bijna niemand.");
        // Stadskanaal: contact made, the verkennend gesprek is next.
        ReferralCase martje = refer("poh.devries", "Martje", "Smit", today.minusYears(41), "0599123456", null,
                "9501 EF", "45", Municipality.STADSKANAAL, EnumSet.of(Reason.GRIEF), "Ik kom niet over mijn scheiding heen.");
        completeNext(martje, Map.of(WorProcess.Var.CONTACT_OUTCOME, "REACHED",
                WorProcess.Var.CONTACT_CHANNEL, "PHONE"));
        // Stadskanaal: via her GGZ practitioner; after the conversation the warm handover is next.
        ReferralCase froukje = refer("verwijzer.ggz", "Froukje", "Mulder", today.minusYears(52), null,
                "froukje@example.nl", "9502 GH", "7", Municipality.STADSKANAAL,
                EnumSet.of(Reason.LOW_MOOD, Reason.MEANING), "Ik wil meer doen dan alleen behandeling.");
        completeNext(froukje, Map.of(WorProcess.Var.CONTACT_OUTCOME, "REACHED",
                WorProcess.Var.CONTACT_CHANNEL, "PHONE"));
        completeNext(froukje, Map.of(WorProcess.Var.CONVERSATION_DATE, today.minusDays(10).toString(),
                WorProcess.Var.ERVARINGSDESKUNDIGE_PRESENT, true,
                WorProcess.Var.CONVERSATION_OUTCOME, "HANDOVER"));
        // She chose the herstelgroep with her coach; its facilitator (begeleider.stadskanaal) now decides.
        hulpbronnen.findAll().stream().filter(h -> h.getName().equals("Herstelgroep Stadskanaal")).findFirst()
                .ifPresent(herstelgroep -> {
                    placements.choose(froukje.getId(), herstelgroep.getId(), "coach.stadskanaal");
                    jdbc.update("INSERT INTO case_record (case_id, task_id, task_name, field_key, label, field_value,"
                            + " recorded_by, recorded_at) VALUES (?, 'demo', 'Draag warm over aan hulpbron',"
                            + " 'introductie', 'Kennismaking voor de begeleider', ?, 'coach.stadskanaal',"
                            + " CURRENT_TIMESTAMP)", froukje.getId(), "Froukje wil naast haar behandeling bij Lentis"
                            + " werken aan herstel met anderen. Ze komt graag de eerste keer samen met haar partner.");
                    completeNext(froukje, Map.of("clientAgreesToIntroduction", true));
                });
        // Henk: his son's mentor invited him; the coach tried once and will try again.
        ReferralCase henk = refer("verwijzer.school", "Henk", "Bakker", today.minusYears(35), "0611122233", null,
                "9714 KL", "88", Municipality.GRONINGEN, EnumSet.of(Reason.FINANCES, Reason.STRESS),
                "Ik heb schulden en thuis is het onrustig.");
        completeNext(henk, Map.of(WorProcess.Var.CONTACT_OUTCOME, "NOT_REACHED",
                WorProcess.Var.CONTACT_CHANNEL, "PHONE"));
        // Emma: via the chatter of the digital community; waiting for first contact.
        refer("verwijzer.chat", "Emma", "de Jong", today.minusYears(28), "0623456789", "emma@example.nl", "9725 BA",
                "30", Municipality.GRONINGEN, EnumSet.of(Reason.LOW_MOOD), "Ik wil praten met iemand die het kent.");
    }

    private void user(String id, String firstName, String lastName, String... groups) {
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@welzijnsroute.example");
        user.setPassword(DemoDataProperties.PASSWORD);
        identityService.saveUser(user);
        for (String group : groups) {
            identityService.createMembership(id, group);
        }
    }

    private ReferralCase refer(String referrer, String givenName, String familyName, LocalDate birthDate,
            String phone, String email, String postalCode, String houseNumber, Municipality municipality,
            EnumSet<Reason> reasons, String question) {
        NewReferral referral = new NewReferral(givenName, familyName, birthDate, phone, email, postalCode,
                houseNumber, municipality, reasons, null, question, null, "Liefst 's ochtends bellen");
        return referralService.refer(referrer, referral, null).referralCase();
    }

    private void completeNext(ReferralCase referralCase, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(referralCase.getCaseNumber())
                .initializeFormKeys().orderByTaskCreateTime().asc().list().get(0);
        taskService.complete(task.getId(), variables);
    }
}
