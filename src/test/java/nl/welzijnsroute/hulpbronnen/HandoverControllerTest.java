package nl.welzijnsroute.hulpbronnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralSource;
import nl.welzijnsroute.support.Cases;
import nl.welzijnsroute.support.Hulpbronnen;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The facilitator's page: only their own hulpbronnen's handovers, only name, contact and the coach's introduction,
 * and their answers move the warm handover on.
 */
@IntegrationTest
class HandoverControllerTest {

    private static final RequestPostProcessor BEGELEIDER = user("t.ho.begeleider").roles("begeleider");
    private static final RequestPostProcessor OTHER_BEGELEIDER = user("t.ho.other").roles("begeleider");
    private static final RequestPostProcessor COACH = user("t.ho.coach").roles("coach", "team-midden-groningen");

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    TestUsers users;
    @Autowired
    Hulpbronnen hulpbronnen;
    @Autowired
    PlacementService placements;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    ReferralCase referral;
    Hulpbron group;
    long placement;

    @BeforeEach
    void proposed() {
        users.user("t.ho.other", "begeleider");
        group = hulpbronnen.group("Herstelgroep Hoogezand " + System.nanoTime(), 8, Municipality.MIDDEN_GRONINGEN,
                "t.ho.begeleider");
        hulpbronnen.group("Andere groep " + System.nanoTime(), 8, Municipality.MIDDEN_GRONINGEN, "t.ho.other");
        referral = cases.referVia(ReferralSource.GGZ, Municipality.MIDDEN_GRONINGEN, 44);
        complete(WorProcess.Activity.CONTACT_CLIENT, Map.of("contactOutcome", "REACHED", "contactChannel", "PHONE"));
        complete(WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK, Map.of("conversationDate", "2026-11-20",
                "conversationOutcome", "HANDOVER"));
        jdbc.update("INSERT INTO case_record (case_id, task_id, task_name, field_key, label, field_value, recorded_by,"
                + " recorded_at) VALUES (?, 'x', 'Draag warm over', 'introductie', 'Kennismaking', ?, 't.ho.coach',"
                + " CURRENT_TIMESTAMP)", referral.getId(), "Houdt van wandelen; eerste keer graag samen.");
        jdbc.update("INSERT INTO case_record (case_id, task_id, task_name, field_key, label, field_value, recorded_by,"
                + " recorded_at) VALUES (?, 'x', 'Voer verkennend gesprek', 'hulpvraag', 'Hulpvraag', ?, 't.ho.coach',"
                + " CURRENT_TIMESTAMP)", referral.getId(), "Geheime hulpvraag uit het dossier");
        placements.choose(referral.getId(), group.getId(), "t.ho.coach");
        placement = placements.chosen(referral.getId()).get(0);
        complete(WorProcess.Activity.ARRANGE_WARM_HANDOVER, Map.of("clientAgreesToIntroduction", true));
    }

    @Test
    void theFacilitatorSeesNameContactAndIntroduction_notTheCaseFile() throws Exception {
        mvc.perform(get("/overdrachten").with(BEGELEIDER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-placement=\"" + placement + "\"")))
                .andExpect(content().string(containsString(referral.getClient().fullName())))
                .andExpect(content().string(containsString("0612345678")))
                .andExpect(content().string(containsString("Houdt van wandelen; eerste keer graag samen.")))
                .andExpect(content().string(not(containsString("Geheime hulpvraag"))))
                .andExpect(content().string(not(containsString(referral.getCaseNumber()))));
    }

    @Test
    void anotherFacilitator_neitherSeesNorAnswersIt() throws Exception {
        mvc.perform(get("/overdrachten").with(OTHER_BEGELEIDER))
                .andExpect(content().string(not(containsString("data-placement=\"" + placement + "\""))));
        mvc.perform(post("/overdrachten/" + placement + "/besluit").with(OTHER_BEGELEIDER).with(csrf())
                .param("decision", "ACCEPT")).andExpect(status().isNotFound());
        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.PROPOSED);
    }

    @Test
    void coachesAndCoordinatorsDoNotUseTheFacilitatorsPage() throws Exception {
        mvc.perform(get("/overdrachten").with(COACH)).andExpect(status().isForbidden());
        mvc.perform(get("/overdrachten").with(user("t.ho.coordinator").roles("coordinator")))
                .andExpect(status().isForbidden());
    }

    @Test
    void accept_thenTheCoachIntroduces_thenTheFirstMeeting_andTheCaseIsHandedOver() throws Exception {
        mvc.perform(post("/overdrachten/" + placement + "/besluit").with(BEGELEIDER).with(csrf())
                .param("decision", "ACCEPT")).andExpect(flash().attribute("message", "handover.decided.ACCEPT"));
        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.RESERVED);
        // A double click answers once.
        mvc.perform(post("/overdrachten/" + placement + "/besluit").with(BEGELEIDER).with(csrf())
                .param("decision", "ACCEPT")).andExpect(flash().attribute("message", "handover.gone"));
        assertThat(hulpbronnen.placesTaken(group.getId())).isEqualTo(1);

        complete("Task_ConfirmIntroduction", Map.of("introduced", true));
        mvc.perform(post("/overdrachten/" + placement + "/eerste-bijeenkomst").with(BEGELEIDER).with(csrf())
                .param("attended", "true")).andExpect(flash().attribute("message", "handover.attended"));

        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.ATTENDING);
        mvc.perform(get("/casussen/" + referral.getCaseNumber()).with(COACH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("doet mee")));
        mvc.perform(post("/overdrachten/" + placement + "/gestopt").with(BEGELEIDER).with(csrf()))
                .andExpect(flash().attribute("message", "handover.stopped"));
        assertThat(hulpbronnen.placesTaken(group.getId())).isZero();
    }

    @Test
    void notSuitable_needsAReason_whichTheCoachReadsOnTheCasePage() throws Exception {
        mvc.perform(post("/overdrachten/" + placement + "/besluit").with(BEGELEIDER).with(csrf())
                .param("decision", "NOT_SUITABLE").param("reason", " "))
                .andExpect(flash().attribute("message", "handover.reason.required"));
        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.PROPOSED);

        mvc.perform(post("/overdrachten/" + placement + "/besluit").with(BEGELEIDER).with(csrf())
                        .param("decision", "NOT_SUITABLE").param("reason", "De groep start pas in maart."))
                .andExpect(flash().attribute("message", "handover.decided.NOT_SUITABLE"));

        assertThat(placements.status(placement)).isEqualTo(PlacementStatus.NOT_SUITABLE);
        mvc.perform(get("/casussen/" + referral.getCaseNumber()).with(COACH))
                .andExpect(content().string(containsString("De groep start pas in maart.")));
    }

    @Test
    void theHandoverTask_refusesWithoutAChosenHulpbron() throws Exception {
        ReferralCase other = cases.referVia(ReferralSource.GGZ, Municipality.MIDDEN_GRONINGEN, 50);
        referral = other;
        complete(WorProcess.Activity.CONTACT_CLIENT, Map.of("contactOutcome", "REACHED", "contactChannel", "PHONE"));
        complete(WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK, Map.of("conversationDate", "2026-11-20",
                "conversationOutcome", "HANDOVER"));
        String task = taskService.createTaskQuery().processInstanceBusinessKey(other.getCaseNumber())
                .taskDefinitionKey(WorProcess.Activity.ARRANGE_WARM_HANDOVER).singleResult().getId();

        mvc.perform(post("/taken/" + task).with(COACH).with(csrf())
                        .param("field_introductie", "Een kennismaking van voldoende lengte.")
                        .param("field_clientAgreesToIntroduction", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"task-error\"")));
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);

        // Chosen on the case page, then the same task goes through.
        mvc.perform(post("/casussen/" + other.getCaseNumber() + "/hulpbronnen").with(COACH).with(csrf())
                .param("hulpbronId", String.valueOf(group.getId())))
                .andExpect(flash().attribute("message", "placement.choose.CHOSEN"));
        mvc.perform(post("/taken/" + task).with(COACH).with(csrf())
                        .param("field_introductie", "Een kennismaking van voldoende lengte.")
                        .param("field_clientAgreesToIntroduction", "true"))
                .andExpect(flash().attribute("message", "task.done"));
        assertThat(placements.chosen(other.getId())).isEmpty();
    }

    private void complete(String activityId, Map<String, Object> variables) {
        String task = taskService.createTaskQuery().processInstanceBusinessKey(referral.getCaseNumber())
                .taskDefinitionKey(activityId).singleResult().getId();
        taskService.complete(task, variables);
    }
}
