package nl.welzijnsroute.coordination;

import static nl.welzijnsroute.coordination.BeheerFiles.file;
import static nl.welzijnsroute.coordination.BeheerFiles.process;
import static nl.welzijnsroute.coordination.BeheerFiles.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.welzijnsroute.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Checking files before deploying: every problem in words, nothing deployed on any problem, versions n+1. */
@IntegrationTest
class DeploymentCheckTest {

    private static final String ACTOR = "t.beheer.coordinator";
    private static final String VALID_TASK = "camunda:formRef=\"assign-team\" camunda:formRefBinding=\"latest\" "
            + "camunda:candidateGroups=\"coordinator\"";

    @Autowired
    DeploymentCheck check;
    @Autowired
    DefinitionDeployer deployer;
    @Autowired
    DeployedDefinitions deployed;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    AuditLog auditLog;

    @Test
    void theProjectsOwnFilesPassTheCheck_andAreUnchanged() {
        DeploymentCheck.Plan plan = check.check(BeheerFiles.allProjectFiles());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.nothingChanged()).isTrue();
        assertThat(plan.files()).extracting(DeploymentCheck.PlannedFile::fate)
                .containsOnly(DeploymentCheck.Fate.UNCHANGED);
        assertThat(plan.files()).flatExtracting(DeploymentCheck.PlannedFile::keys)
                .contains("welzijn-op-recept", "verkennend-gesprek", "wor-routing", "follow-up-schedule",
                        "assign-team", "contact-client");
    }

    @Test
    void aValidProcessBecomesVersionOne_theSameFileAgainDeploysNothing_aChangedOneBecomesVersionTwo() {
        String key = uniqueKey("t-beheer-versions");
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();

        DefinitionDeployer.Outcome first = deployer.deploy(ACTOR, "Nieuw testproces", List.of(
                file(key + ".bpmn", process(key, VALID_TASK, ""))));
        assertThat(first.deployed()).isTrue();
        assertThat(first.versions()).containsExactly(
                new DeploymentCheck.PlannedVersion(DefinitionType.PROCESS, key, 1));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore + 1);
        DeployedDefinitions.Version v1 = deployed.latest(DefinitionType.PROCESS, key).orElseThrow();
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.deployedBy()).isEqualTo(ACTOR);
        assertThat(v1.why()).isEqualTo("Nieuw testproces");
        assertThat(auditLog.latest(50)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AuditLog.Kind.DEPLOYMENT);
            assertThat(e.actor()).isEqualTo(ACTOR);
            assertThat(e.subject()).isEqualTo(key + " v1");
            assertThat(e.detail()).startsWith("Nieuw testproces (deployment " + first.deploymentId());
        });

        DefinitionDeployer.Outcome again = deployer.deploy(ACTOR, "Zelfde bestand", List.of(
                file(key + ".bpmn", process(key, VALID_TASK, ""))));
        assertThat(again.deployed()).isFalse();
        assertThat(again.plan().files()).extracting(DeploymentCheck.PlannedFile::fate)
                .containsExactly(DeploymentCheck.Fate.UNCHANGED);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore + 1);

        DefinitionDeployer.Outcome changed = deployer.deploy(ACTOR, "Taak heet anders", List.of(
                file(key + ".bpmn", process(key, VALID_TASK, "").replace("name=\"Controleer\"",
                        "name=\"Controleer de verwijzing\""))));
        assertThat(changed.versions()).containsExactly(
                new DeploymentCheck.PlannedVersion(DefinitionType.PROCESS, key, 2));
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getVersion()).isEqualTo(2);
        assertThat(deployed.find(DefinitionType.PROCESS, key).orElseThrow().versions())
                .extracting(DeployedDefinitions.Version::version, DeployedDefinitions.Version::why)
                .containsExactly(tuple(2, "Taak heet anders"),
                        tuple(1, "Nieuw testproces"));
    }

    @Test
    void anInvalidSet_isRefusedWithEveryReasonPerFile_andDeploysNothing() {
        String key = uniqueKey("t-beheer-invalid");
        String valid = process(key + "-ok", VALID_TASK, "");
        List<UploadedFile> files = List.of(
                file("ok.bpmn", valid),
                file("kapot.bpmn", valid.substring(0, valid.indexOf("<bpmn:userTask"))),
                file("verkeerde-pijl.bpmn", process(key + "-flow", VALID_TASK, "").replace(
                        "targetRef=\"EndEvent_Done\"", "targetRef=\"EndEvent_Nowhere\"")),
                file("geen-formulier.bpmn", process(key + "-form", "camunda:formRef=\"bestaat-niet\" "
                        + "camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"coordinator\"", "")),
                file("onbekende-groep.bpmn", process(key + "-group", "camunda:formRef=\"assign-team\" "
                        + "camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"team-atlantis, ${team}\"", "")),
                file("script.bpmn", process(key + "-script", VALID_TASK, """
                        <bpmn:scriptTask id="Task_RunScript" name="Reken uit" scriptFormat="groovy">
                          <bpmn:script>java.lang.Runtime.getRuntime().exec('rm -rf /')</bpmn:script>
                        </bpmn:scriptTask>""")),
                file("java-klasse.bpmn", process(key + "-class", VALID_TASK,
                        "<bpmn:serviceTask id=\"Task_CallJava\" camunda:class=\"java.lang.Thread\" />")),
                file("bean.bpmn", process(key + "-bean", VALID_TASK,
                        "<bpmn:serviceTask id=\"Task_CallBean\" "
                                + "camunda:expression=\"${jdbcTemplate.execute('DELETE FROM client')}\" />")),
                file("vreemde-stap.bpmn", process(key + "-delegate", VALID_TASK,
                        "<bpmn:serviceTask id=\"Task_Delegate\" camunda:delegateExpression=\"${jdbcTemplate}\" />")),
                file("modeler-ids.bpmn", process(key + "-ids", VALID_TASK, "")
                        .replace("Task_Check", "Activity_0x1y2z3").replace("SequenceFlow_Checked", "Flow_0abc123")
                        .replace("EndEvent_Done", "Event_1kq2w3e")),
                file("geen-ttl.bpmn", process(key + "-ttl", VALID_TASK, "")
                        .replace(" camunda:historyTimeToLive=\"365\"", "")),
                file("notities.txt", "geen proces"));
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();

        DeploymentCheck.Plan plan = check.check(files);
        assertThatThrownBy(() -> deployer.deploy(ACTOR, "Alles tegelijk", files))
                .isInstanceOf(DefinitionDeployer.Refused.class);

        Map<String, String> problems = plan.problems().stream().collect(Collectors.groupingBy(
                DeploymentCheck.Problem::file, Collectors.mapping(DeploymentCheck.Problem::message,
                        Collectors.joining("\n"))));
        assertThat(problems).doesNotContainKey("ok.bpmn");
        assertThat(problems.get("kapot.bpmn")).contains("geen geldige XML");
        assertThat(problems.get("verkeerde-pijl.bpmn")).contains("EndEvent_Nowhere");
        assertThat(problems.get("geen-formulier.bpmn"))
                .contains("formulier “bestaat-niet” bestaat niet", "“Controleer” (Task_Check)");
        assertThat(problems.get("onbekende-groep.bpmn")).contains("groep “team-atlantis” bestaat niet")
                .doesNotContain("groep “${team}”");
        assertThat(problems.get("script.bpmn")).contains("scripttaak “Reken uit” (Task_RunScript)",
                "scripts zijn niet toegestaan");
        assertThat(problems.get("java-klasse.bpmn")).contains("Task_CallJava", "Java-code (java.lang.Thread)");
        assertThat(problems.get("bean.bpmn")).contains("Task_CallBean", "roept een methode aan");
        assertThat(problems.get("vreemde-stap.bpmn")).contains("Task_Delegate",
                "noemt geen stap van deze applicatie");
        assertThat(problems.get("modeler-ids.bpmn")).contains(
                "taak “Controleer” (Activity_0x1y2z3): de id is door Camunda Modeler gemaakt",
                "pijl Flow_0abc123", "gebeurtenis Event_1kq2w3e");
        assertThat(problems.get("geen-ttl.bpmn")).contains("History time to live ontbreekt");
        assertThat(problems.get("notities.txt")).contains("onbekend soort bestand");

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKeyLike(key + "%").count())
                .isZero();
    }

    @Test
    void aProcessTakesAlongTheFormsItBindsByDeployment_andAChangedFormTakesAlongItsProcess() {
        String key = uniqueKey("t-beheer-binding");
        String formKey = key + "-form";
        String form = "{\"id\": \"" + formKey + "\", \"type\": \"default\", \"components\": [{\"type\": \"textfield\", "
                + "\"key\": \"opmerking\", \"label\": \"Opmerking\"}], \"schemaVersion\": 16}";
        String bpmn = process(key, "camunda:formRef=\"" + formKey + "\" camunda:formRefBinding=\"deployment\" "
                + "camunda:candidateGroups=\"coordinator\"", "");
        deployer.deploy(ACTOR, "Proces met eigen formulier", List.of(file(key + ".bpmn", bpmn),
                file(formKey + ".form", form)));

        // Only the process changes: its form comes along unchanged, or its task would find no form.
        DeploymentCheck.Plan processOnly = check.check(List.of(file(key + ".bpmn",
                bpmn.replace("name=\"Controleer\"", "name=\"Controleer opnieuw\""))));
        assertThat(processOnly.problems()).isEmpty();
        assertThat(processOnly.files()).extracting(f -> f.file().name(), DeploymentCheck.PlannedFile::fate)
                .containsExactly(tuple(key + ".bpmn", DeploymentCheck.Fate.NEW_VERSION),
                        tuple(formKey + ".form", DeploymentCheck.Fate.TAKEN_ALONG));

        // Only the form changes: the process that binds it comes along, or new cases keep the old form.
        DefinitionDeployer.Outcome formOnly = deployer.deploy(ACTOR, "Extra veld", List.of(file(formKey + ".form",
                form.replace("\"Opmerking\"", "\"Opmerking voor de coach\""))));
        assertThat(formOnly.versions()).containsExactlyInAnyOrder(
                new DeploymentCheck.PlannedVersion(DefinitionType.PROCESS, key, 2),
                new DeploymentCheck.PlannedVersion(DefinitionType.FORM, formKey, 2));
        assertThat(deployed.latest(DefinitionType.FORM, formKey).orElseThrow().deploymentId())
                .isEqualTo(formOnly.deploymentId());
    }

    @Test
    void aNoteIsRequired() {
        String key = uniqueKey("t-beheer-note");
        assertThatThrownBy(() -> deployer.deploy(ACTOR, "  ", List.of(file(key + ".bpmn",
                process(key, VALID_TASK, "")))))
                .isInstanceOfSatisfying(DefinitionDeployer.Refused.class, refused -> assertThat(refused.problems())
                        .extracting(DeploymentCheck.Problem::message).anyMatch(m -> m.contains("toelichting")));
        assertThat(deployed.latest(DefinitionType.PROCESS, key)).isEmpty();
    }
}
