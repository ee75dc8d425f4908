package nl.welzijnsroute.coordination;

import static nl.welzijnsroute.coordination.BeheerFiles.process;
import static nl.welzijnsroute.coordination.BeheerFiles.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.welzijnsroute.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The /beheer pages without a browser: upload, preview, confirm, roll back, download; pending files per user. */
@IntegrationTest
class BeheerPagesTest {

    private static final RequestPostProcessor COORDINATOR = user("t.beheer.pages.coordinator").roles("coordinator");
    private static final RequestPostProcessor OTHER_COORDINATOR = user("t.beheer.pages.other").roles("coordinator");
    private static final String TASK = "camunda:formRef=\"assign-team\" camunda:formRefBinding=\"latest\" "
            + "camunda:candidateGroups=\"coordinator\"";

    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    DeployedDefinitions deployed;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theIndexListsWhatIsDeployed_andLinksToMigrationAndTeams() throws Exception {
        String page = mvc.perform(get("/beheer").with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"processes\"", "data-key=\"welzijn-op-recept\"", "data-key=\"wor-routing\"",
                "data-key=\"assign-team\"", "href=\"/beheer/migratie\"", "href=\"/beheer/teams\"",
                "href=\"/beheer/deploy\"", "bij het starten van de applicatie");
    }

    @Test
    void uploadPreviewConfirm_thenRollBackToVersionOne() throws Exception {
        String key = uniqueKey("t-beheer-pages");
        String v1 = process(key, TASK, "");
        String v2 = v1.replace("name=\"Controleer\"", "name=\"Controleer grondig\"");
        deploy(key, v1, "Eerste versie");
        deploy(key, v2, "Tweede versie");
        assertThat(deployed.latest(DefinitionType.PROCESS, key).orElseThrow().version()).isEqualTo(2);

        String detail = mvc.perform(get("/beheer/processen/" + key).with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("Eerste versie", "Tweede versie", "t.beheer.pages.coordinator",
                "bpmn-navigated-viewer.production.min.js", "/beheer/processen/" + key + "/versies/1/terugzetten");

        byte[] downloaded = mvc.perform(get("/beheer/processen/" + key + "/versies/1/bestand").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(downloaded, StandardCharsets.UTF_8)).isEqualTo(v1);

        // Without a note nothing happens.
        mvc.perform(post("/beheer/processen/" + key + "/versies/1/terugzetten").param("note", " ")
                        .with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/beheer/processen/" + key + "?versie=1"));

        String preview = mvc.perform(post("/beheer/processen/" + key + "/versies/1/terugzetten")
                        .param("note", "Terug: de nieuwe naam verwarde coaches").with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeader("Location");
        assertThat(preview).startsWith("/beheer/deploy/");
        String previewPage = mvc.perform(get(preview).with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(previewPage).contains("Terug: de nieuwe naam verwarde coaches", key + " v3", "confirm-deploy");
        // Pending files belong to the coordinator who uploaded them.
        mvc.perform(get(preview).with(OTHER_COORDINATOR)).andExpect(status().isNotFound());

        String done = mvc.perform(post(preview).with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeader("Location");
        assertThat(done).startsWith("/beheer/deployments/");
        DeployedDefinitions.Version v3 = deployed.latest(DefinitionType.PROCESS, key).orElseThrow();
        assertThat(v3.version()).isEqualTo(3);
        assertThat(new String(deployed.content(v3), StandardCharsets.UTF_8)).isEqualTo(v1);
        assertThat(v3.why()).isEqualTo("Terug: de nieuwe naam verwarde coaches");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pending_deployment WHERE id = ?", Integer.class,
                preview.substring(preview.lastIndexOf('/') + 1))).isZero();
        assertThat(mvc.perform(get(done).with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("data-key=\"" + key + "\"", "data-version=\"3\"");
    }

    @Test
    void aRefusedUploadShowsTheReasons_andDeploysNothing() throws Exception {
        String key = uniqueKey("t-beheer-pages-bad");
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        String page = mvc.perform(multipart("/beheer/deploy")
                        .file(BeheerApiTest.bpmn(key + ".bpmn", process(key, TASK.replace("coordinator",
                                "team-nergens"), "")))
                        .param("note", "Naar een team dat niet bestaat").with(COORDINATOR).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Er is niets gedeployed", key + ".bpmn", "groep “team-nergens” bestaat niet");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    @Test
    void aDecisionTableIsShownAsATable() throws Exception {
        String page = mvc.perform(get("/beheer/beslissingen/wor-routing").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-rule=\"Rule_Pekela\"", "&quot;Pekela&quot;", "UNIQUE", "Gemeente");
        String form = mvc.perform(get("/beheer/formulieren/assign-team").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"form-fields\"", "team");
        mvc.perform(get("/beheer/processen/bestaat-niet").with(COORDINATOR)).andExpect(status().isNotFound());
    }

    private void deploy(String key, String bpmn, String note) throws Exception {
        String location = mvc.perform(multipart("/beheer/deploy").file(BeheerApiTest.bpmn(key + ".bpmn", bpmn))
                        .param("note", note).with(COORDINATOR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith("/beheer/deploy/");
        mvc.perform(get(location).with(COORDINATOR)).andExpect(status().isOk());
        mvc.perform(post(location).with(COORDINATOR).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(List.of(deployed.latest(DefinitionType.PROCESS, key).orElseThrow().why())).containsExactly(note);
    }
}
