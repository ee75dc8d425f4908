package nl.welzijnsroute.coordination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Migration for other systems: start one (202, the batch runs on the job executor) and read its report. */
@RestController
@RequestMapping("/api/beheer/migrations")
@Tag(name = "Beheer: migraties", description = "Move running cases to the newest process version (coordinators)")
class MigrationApiController {

    private final MigrationService migrations;
    private final MessageSource messages;

    MigrationApiController(MigrationService migrations, MessageSource messages) {
        this.migrations = migrations;
        this.messages = messages;
    }

    record FieldError(String field, String message) {
    }

    record Errors(List<FieldError> errors) {
    }

    @Schema(description = "Either processDefinitionId, or key and version: the version to move away from")
    record MigrationRequest(String processDefinitionId, String key, Integer version) {
    }

    record CaseDto(String caseNumber, String processInstanceId,
            @Schema(description = "PENDING, MIGRATED, SKIPPED, FAILED or ENDED") String status,
            @Schema(description = "UNMAPPED_ACTIVITY, ENGINE_ERROR or null") String reason,
            @Schema(description = "The steps the case waits in, or the engine's message") String detail,
            @Schema(description = "Status and reason in words") String text) {
    }

    record StartedDto(long id, String batchId, String processKey, String sourceProcessDefinitionId,
            int sourceVersion, String targetProcessDefinitionId, int targetVersion,
            @Schema(description = "Cases the batch moves") long migrating, List<CaseDto> skipped,
            @Schema(description = "Where to read the result per case") String report) {
    }

    record ReportDto(long id, String status, String batchId, String processKey, String sourceProcessDefinitionId,
            int sourceVersion, String targetProcessDefinitionId, int targetVersion, Instant startedAt,
            String startedBy, Instant finishedAt, List<CaseDto> cases) {
    }

    @PostMapping
    @Operation(summary = "Move the running cases of a version to the newest version of its process",
            description = "202 with the batch id and the cases left out beforehand (they wait in a step the newest "
                    + "version lacks); the batch runs on the job executor, GET the report for the result per case. "
                    + "400 when the version is the newest, has no cases that can move, or the engine refuses the "
                    + "plan; 404 for an unknown version; 409 while a migration of the same version runs.")
    @ApiResponse(responseCode = "202", description = "Started")
    @ApiResponse(responseCode = "400", description = "Refused, nothing changed",
            content = @Content(schema = @Schema(implementation = Errors.class)))
    ResponseEntity<?> start(@RequestBody(required = false) MigrationRequest request, Authentication authentication,
            Locale locale) {
        List<FieldError> errors = validate(request, locale);
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(new Errors(errors));
        }
        ProcessDefinition source = request.processDefinitionId() != null
                ? migrations.definition(request.processDefinitionId().trim())
                : migrations.definition(request.key().trim(), request.version());
        MigrationReport started = migrations.start(authentication.getName(), source, null);
        MigrationRun run = started.run();
        String report = "/api/beheer/migrations/" + run.id();
        return ResponseEntity.accepted().location(URI.create(report)).body(new StartedDto(run.id(), run.batchId(),
                run.processKey(), run.sourceDefinitionId(), run.sourceVersion(), run.targetDefinitionId(),
                run.targetVersion(), started.count(MigrationCase.Status.PENDING),
                started.withStatus(MigrationCase.Status.SKIPPED).stream().map(c -> dto(c, run, locale)).toList(),
                report));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A migration with its result per case; brought up to date while the batch runs")
    ResponseEntity<?> report(@PathVariable long id, Locale locale) {
        return migrations.report(id).<ResponseEntity<?>>map(r -> {
            MigrationRun run = r.run();
            return ResponseEntity.ok(new ReportDto(run.id(), run.status().name(), run.batchId(), run.processKey(),
                    run.sourceDefinitionId(), run.sourceVersion(), run.targetDefinitionId(), run.targetVersion(),
                    run.startedAt(), run.startedBy(), run.finishedAt(),
                    r.cases().stream().map(c -> dto(c, run, locale)).toList()));
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Errors(List.of(
                new FieldError(null, messages.getMessage("migratie.notFound", new Object[] {id}, locale))))));
    }

    @ExceptionHandler(MigrationRefusal.class)
    ResponseEntity<Errors> refused(MigrationRefusal refused, Locale locale) {
        HttpStatus status = switch (refused.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        List<FieldError> errors = new ArrayList<>();
        errors.add(new FieldError(null, messages.getMessage(refused.messageKey(), refused.arguments(), locale)));
        refused.details().forEach(detail -> errors.add(new FieldError(null, detail)));
        return ResponseEntity.status(status).body(new Errors(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Errors> unreadable(Locale locale) {
        return ResponseEntity.badRequest().body(new Errors(List.of(new FieldError(null,
                messages.getMessage("migratie.api.unreadable", null, locale)))));
    }

    private List<FieldError> validate(MigrationRequest request, Locale locale) {
        boolean byId = request != null && request.processDefinitionId() != null
                && !request.processDefinitionId().isBlank();
        boolean byKey = request != null && ((request.key() != null && !request.key().isBlank())
                || request.version() != null);
        List<FieldError> errors = new ArrayList<>();
        if (byId == byKey) {
            errors.add(new FieldError(null, messages.getMessage("migratie.api.sourceRequired", null, locale)));
        } else if (byKey) {
            if (request.key() == null || request.key().isBlank()) {
                errors.add(new FieldError("key", messages.getMessage("migratie.api.keyRequired", null, locale)));
            }
            if (request.version() == null || request.version() < 1) {
                errors.add(new FieldError("version", messages.getMessage("migratie.api.versionRequired", null,
                        locale)));
            }
        }
        return errors;
    }

    private CaseDto dto(MigrationCase c, MigrationRun run, Locale locale) {
        return new CaseDto(c.caseNumber(), c.processInstanceId(), c.status().name(),
                c.reason() == null ? null : c.reason().name(), c.detail(), MigrationTexts.of(c, run, messages,
                        locale));
    }
}
