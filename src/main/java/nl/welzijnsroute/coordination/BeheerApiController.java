package nl.welzijnsroute.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The same as /beheer for scripts and pipelines (HTTP Basic, coordinator or admin): deploy checked files with a
 * change note, list what is deployed, and ask the what-if for changed decision tables.
 */
@RestController
class BeheerApiController {

    record VersionJson(String type, String key, int version) {
        static VersionJson of(DeploymentCheck.PlannedVersion v) {
            return new VersionJson(v.type().apiName(), v.key(), v.version());
        }
    }

    record DeploymentJson(String deploymentId, List<VersionJson> versions, List<String> unchanged) {
    }

    record ErrorJson(String file, String message) {
    }

    record ErrorsJson(List<ErrorJson> errors) {
        static ErrorsJson of(List<DeploymentCheck.Problem> problems) {
            return new ErrorsJson(problems.stream().map(p -> new ErrorJson(p.file(), p.message())).toList());
        }
    }

    record DefinitionVersionJson(int version, String deploymentId, String resourceName, Instant deployedAt,
            String deployedBy, String note, boolean atStartup, Long runningInstances) {
    }

    record DefinitionJson(String type, String key, String name, List<DefinitionVersionJson> versions) {
    }

    record DefinitionsJson(List<DefinitionJson> definitions) {
    }

    record DifferenceJson(String caseNumber, String gemeente, int leeftijd, String source, String oldResult,
            String newResult) {
    }

    record WhatIfJson(String decisionKey, int deployedVersion, String cases, int days, int maxCases,
            int casesEvaluated, int casesDiffering, Map<String, Long> changes, List<DifferenceJson> differences) {
    }

    private final DefinitionDeployer deployer;
    private final DeployedDefinitions deployed;
    private final DeploymentCheck check;
    private final WhatIf whatIf;

    BeheerApiController(DefinitionDeployer deployer, DeployedDefinitions deployed, DeploymentCheck check,
            WhatIf whatIf) {
        this.deployer = deployer;
        this.deployed = deployed;
        this.check = check;
        this.whatIf = whatIf;
    }

    @PostMapping(path = "/api/beheer/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> deploy(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "note", required = false) String note, Authentication authentication) {
        DefinitionDeployer.Outcome outcome = deployer.deploy(authentication.getName(), note,
                BeheerController.read(files));
        List<String> unchanged = outcome.plan().files().stream()
                .filter(f -> f.fate() == DeploymentCheck.Fate.UNCHANGED).map(f -> f.file().name()).toList();
        DeploymentJson body = new DeploymentJson(outcome.deploymentId(),
                outcome.versions().stream().map(VersionJson::of).toList(), unchanged);
        return ResponseEntity.status(outcome.deployed() ? HttpStatus.CREATED : HttpStatus.OK).body(body);
    }

    @GetMapping(path = "/api/beheer/definitions", produces = MediaType.APPLICATION_JSON_VALUE)
    DefinitionsJson definitions() {
        List<DefinitionJson> definitions = new ArrayList<>();
        for (DefinitionType type : DefinitionType.values()) {
            for (DeployedDefinitions.Definition d : deployed.all(type, type == DefinitionType.PROCESS)) {
                definitions.add(new DefinitionJson(type.apiName(), d.key(), d.name(), d.versions().stream()
                        .map(v -> new DefinitionVersionJson(v.version(), v.deploymentId(), v.resourceName(),
                                v.deployedAt(), v.deployedBy(), v.why(), v.atStartup(),
                                type == DefinitionType.PROCESS ? v.runningInstances() : null))
                        .toList()));
            }
        }
        return new DefinitionsJson(definitions);
    }

    /** The what-if of every changed, already deployed decision among the files; nothing is deployed. */
    @PostMapping(path = "/api/beheer/what-if", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> whatIf(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "dagen", defaultValue = "" + WhatIf.DEFAULT_DAYS) int days,
            @RequestParam(name = "max", defaultValue = "" + WhatIf.DEFAULT_MAX_CASES) int maxCases) {
        DeploymentCheck.Plan plan = check.check(BeheerController.read(files));
        if (!plan.ok()) {
            return ResponseEntity.badRequest().body(ErrorsJson.of(plan.problems()));
        }
        WhatIf.Parameters parameters = new WhatIf.Parameters(days, maxCases);
        List<WhatIfJson> results = new ArrayList<>();
        plan.files().stream()
                .filter(f -> f.type() == DefinitionType.DECISION && f.fate() == DeploymentCheck.Fate.NEW_VERSION)
                .flatMap(f -> whatIf.compare(f.file(), parameters).stream())
                .forEach(r -> results.add(new WhatIfJson(r.decisionKey(), r.deployedVersion(),
                        r.scope().description(), r.parameters().days(), r.parameters().maxCases(),
                        r.casesEvaluated(), r.casesDiffering(), r.changes(),
                        r.differences().stream().map(d -> new DifferenceJson(d.inputs().caseNumber(),
                                d.inputs().gemeente(), d.inputs().leeftijd(), d.inputs().source(), d.oldResult(),
                                d.newResult())).toList())));
        return ResponseEntity.ok(Map.of("whatIf", results));
    }

    @ExceptionHandler(DefinitionDeployer.Refused.class)
    ResponseEntity<ErrorsJson> refused(DefinitionDeployer.Refused refused) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(ErrorsJson.of(refused.problems()));
    }
}
