package nl.welzijnsroute.coordination;

import static nl.welzijnsroute.coordination.BeheerFiles.process;
import static nl.welzijnsroute.coordination.BeheerFiles.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/beheer}: 201 with the new versions, 400 with every problem and nothing deployed, coordinators only. */
@IntegrationTest
class BeheerApiTest {

    static final String COORDINATOR = "t.beheer.api.coordinator";
    static final String COACH = "t.beheer.api.coach";
    private static final String PW = TestUsers.PASSWORD;
    private static final String TASK = "camunda:formRef=\"assign-team\" camunda:formRefBinding=\"latest\" "
            + "camunda:candidateGroups=\"coordinator\"";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    RepositoryService repositoryService;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void users() {
        users.user(COORDINATOR, "coordinator");
        users.user(COACH, "coach", "team-pekela");
    }

    @Test
    void aValidSetAnswers201WithTheNewVersions() throws Exception {
        String key = uniqueKey("t-beheer-api");
        String body = mvc.perform(multipart("/api/beheer/deployments")
                        .file(bpmn(key + ".bpmn", process(key, TASK, "")))
                        .param("note", "Via de API").with(httpBasic(COORDINATOR, PW)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[0].type").value("process"))
                .andExpect(jsonPath("$.versions[0].key").value(key))
                .andExpect(jsonPath("$.versions[0].version").value(1))
                .andReturn().getResponse().getContentAsString();
        JsonNode created = json.readTree(body);
        assertThat(created.path("deploymentId").asText()).isNotBlank();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .singleResult().getDeploymentId()).isEqualTo(created.path("deploymentId").asText());

        // The same file again: nothing new.
        mvc.perform(multipart("/api/beheer/deployments").file(bpmn(key + ".bpmn", process(key, TASK, "")))
                        .param("note", "Nog eens").with(httpBasic(COORDINATOR, PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deploymentId").doesNotExist())
                .andExpect(jsonPath("$.versions").isEmpty())
                .andExpect(jsonPath("$.unchanged[0]").value(key + ".bpmn"));

        mvc.perform(get("/api/beheer/definitions").with(httpBasic(COORDINATOR, PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.definitions[?(@.key == '" + key + "')].versions[0].note").value("Via de API"))
                .andExpect(jsonPath("$.definitions[?(@.key == '" + key + "')].versions[0].deployedBy")
                        .value(COORDINATOR))
                .andExpect(jsonPath("$.definitions[?(@.key == '" + key + "')].versions[0].runningInstances")
                        .value(0))
                .andExpect(jsonPath("$.definitions[?(@.key == 'wor-routing')].type").value("decision"))
                .andExpect(jsonPath("$.definitions[?(@.key == 'assign-team')].type").value("form"));
    }

    @Test
    void anInvalidSetAnswers400WithEveryProblem_andDeploysNothing() throws Exception {
        String key = uniqueKey("t-beheer-api-bad");
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        String body = mvc.perform(multipart("/api/beheer/deployments")
                        .file(bpmn(key + "-ok.bpmn", process(key + "-ok", TASK, "")))
                        .file(bpmn(key + "-script.bpmn", process(key + "-script", TASK,
                                "<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"javascript\">"
                                        + "<bpmn:script>1</bpmn:script></bpmn:scriptTask>")))
                        .with(httpBasic(COORDINATOR, PW)))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        JsonNode errors = json.readTree(body).path("errors");
        assertThat(errors.isArray()).isTrue();
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.path("file").asText()).isEmpty();
            assertThat(e.path("message").asText()).contains("toelichting");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.path("file").asText()).isEqualTo(key + "-script.bpmn");
            assertThat(e.path("message").asText()).contains("scripttaak", "Task_Script");
        });
        assertThat(errors).noneSatisfy(e -> assertThat(e.path("file").asText()).isEqualTo(key + "-ok.bpmn"));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    @Test
    void aCoachGets403_andAnonymous401() throws Exception {
        String key = uniqueKey("t-beheer-api-coach");
        mvc.perform(multipart("/api/beheer/deployments").file(bpmn(key + ".bpmn", process(key, TASK, "")))
                        .param("note", "Mag niet").with(httpBasic(COACH, PW)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/beheer/definitions").with(httpBasic(COACH, PW))).andExpect(status().isForbidden());
        mvc.perform(get("/beheer").with(httpBasic(COACH, PW))).andExpect(status().isForbidden());
        mvc.perform(get("/api/beheer/definitions")).andExpect(status().isUnauthorized());
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    static MockMultipartFile bpmn(String name, String content) {
        return new MockMultipartFile("files", name, "application/octet-stream",
                content.getBytes(StandardCharsets.UTF_8));
    }
}
