package nl.welzijnsroute.coordination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Team membership for other systems: the same rules, audit and reassignment as {@code /beheer/teams}. */
@RestController
@RequestMapping("/api/beheer/teams")
@Tag(name = "Beheer: teams", description = "Team membership of coaches (coordinators)")
class TeamApiController {

    private final TeamService teams;
    private final MessageSource messages;

    TeamApiController(TeamService teams, MessageSource messages) {
        this.teams = teams;
        this.messages = messages;
    }

    record FieldError(String field, String message) {
    }

    record Errors(List<FieldError> errors) {
    }

    record MemberDto(String userId, String name, @Schema(description = "Names of all the person's teams")
            List<String> teams, @Schema(description = "Open tasks assigned to the person") long openTasks) {
    }

    record TeamDto(String id, String name, List<MemberDto> members) {

        static TeamDto of(TeamService.Team team) {
            return new TeamDto(team.id(), team.name(), team.members().stream()
                    .map(m -> new MemberDto(m.userId(), m.name(), m.teams(), m.openTasks())).toList());
        }
    }

    record NewMember(String userId) {
    }

    record TaskDto(String taskId, String name, String caseNumber,
            @Schema(description = "The new assignee; null: back to the team") String assignee) {
    }

    record RemovedDto(String userId, List<String> teamsLeft,
            @Schema(description = "True when the person is now in no team") boolean leftLastTeam,
            List<TaskDto> tasks) {
    }

    @GetMapping
    @Operation(summary = "Every team (Camunda group of type TEAM) with its members")
    List<TeamDto> list() {
        return teams.teams().stream().map(TeamDto::of).toList();
    }

    @GetMapping("/{team}")
    @Operation(summary = "One team with its members; 404 for an unknown team")
    TeamDto get(@PathVariable String team) {
        return TeamDto.of(teams.team(team));
    }

    @PostMapping("/{team}/members")
    @Operation(summary = "Add a coach (a user in group coach) to a team",
            description = "201 with the team; 400 when userId is missing, not a coach or already a member; 404 for "
                    + "an unknown team or user.")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "400", description = "Refused, nothing changed",
            content = @Content(schema = @Schema(implementation = Errors.class)))
    ResponseEntity<TeamDto> add(@PathVariable String team, @RequestBody NewMember body,
            Authentication authentication) {
        teams.addMember(authentication.getName(), team, body == null ? null : body.userId());
        return ResponseEntity.created(URI.create("/api/beheer/teams/" + team)).body(TeamDto.of(teams.team(team)));
    }

    @DeleteMapping("/{team}/members/{userId}")
    @Operation(summary = "Take a member off a team",
            description = "Their open tasks that only this team could do (all of them when it was their last team) "
                    + "go to reassignTo, or back to the team when reassignTo is absent. 400 when reassignTo is not a "
                    + "member of every such task's team (nothing changes); 404 for an unknown team or user, or a "
                    + "person who is not a member.")
    RemovedDto remove(@PathVariable String team, @PathVariable String userId,
            @Parameter(description = "A member of the tasks' team who takes over the open tasks")
            @RequestParam(required = false) String reassignTo, Authentication authentication) {
        Map<String, String> assignments = Map.of();
        if (reassignTo != null && !reassignTo.isBlank()) {
            assignments = teams.departure(userId, team).tasks().stream()
                    .collect(Collectors.toMap(TeamService.OpenTask::taskId, t -> reassignTo.trim()));
        }
        TeamService.Departed departed = teams.remove(authentication.getName(), userId, team, assignments);
        return new RemovedDto(departed.person().userId(), departed.teamsLeft(), departed.leftLastTeam(),
                departed.tasks().stream().map(t -> new TaskDto(t.taskId(), t.name(), t.caseNumber(), t.assignee()))
                        .toList());
    }

    @ExceptionHandler(TeamRefusal.class)
    ResponseEntity<Errors> refused(TeamRefusal refused, Locale locale) {
        return ResponseEntity.badRequest().body(new Errors(refused.problems().stream()
                .map(p -> new FieldError(apiField(p.field()), messages.getMessage(p.messageKey(), p.arguments(),
                        locale))).toList()));
    }

    @ExceptionHandler(TeamNotFound.class)
    ResponseEntity<Errors> notFound(TeamNotFound notFound, Locale locale) {
        return ResponseEntity.status(404).body(new Errors(List.of(new FieldError(null,
                messages.getMessage(notFound.messageKey(), notFound.arguments(), locale)))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Errors> unreadable(Locale locale) {
        return ResponseEntity.badRequest().body(new Errors(List.of(new FieldError(null,
                messages.getMessage("team.api.unreadable", null, locale)))));
    }

    /** A reassignment problem is about the one reassignTo parameter here. */
    private static String apiField(String field) {
        return field != null && field.startsWith("assignments[") ? "reassignTo" : field;
    }
}
