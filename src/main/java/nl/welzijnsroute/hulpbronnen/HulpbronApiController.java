package nl.welzijnsroute.hulpbronnen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sociale kaart for other systems and the browser: the active hulpbronnen, for any logged-in user. */
@RestController
@RequestMapping("/api/hulpbronnen")
@Tag(name = "Hulpbronnen", description = "The sociale kaart: active sources of help (groups and more)")
class HulpbronApiController {

    private final HulpbronSearch search;
    private final MessageSource messages;

    HulpbronApiController(HulpbronSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    record FieldError(String field, String message) {
    }

    record Errors(List<FieldError> errors) {
    }

    record HulpbronDto(Long id, String name, String kind, String organisation,
            @Schema(description = "Display names, e.g. \"Het Hogeland\"") List<String> gemeenten,
            @Schema(description = "Reason codes, e.g. STRESS") List<String> themes, String location, String schedule,
            String contact, @Schema(description = "Null: no limit") Integer places,
            @Schema(description = "Null: no limit") Integer freePlaces) {

        static HulpbronDto of(Hulpbron h) {
            return new HulpbronDto(h.getId(), h.getName(), h.getKind().name(), h.getOrganisation(),
                    h.getGemeenten().stream().sorted().map(Municipality::displayName).toList(),
                    h.getThemes().stream().sorted().map(Reason::name).toList(), h.getLocation(), h.getSchedule(),
                    h.getContact(), h.getPlaces(), h.freePlaces());
        }
    }

    /** A filter that names nothing: answered 400 with every bad parameter. */
    static final class InvalidFilter extends RuntimeException {

        private final transient List<FieldError> errors;

        InvalidFilter(List<FieldError> errors) {
            super(null, null, false, false);
            this.errors = errors;
        }
    }

    @GetMapping
    @Operation(summary = "The active hulpbronnen, by name; optionally only those serving a gemeente or with a theme",
            description = "400 lists every unknown filter value.")
    @ApiResponse(responseCode = "200", description = "The active hulpbronnen that match")
    @ApiResponse(responseCode = "400", description = "Unknown gemeente or theme",
            content = @Content(schema = @Schema(implementation = Errors.class)))
    List<HulpbronDto> list(
            @Parameter(description = "One of the ten gemeenten by name, e.g. Stadskanaal (case does not matter)")
            @RequestParam(required = false) String gemeente,
            @Parameter(description = "A reason code: LONELINESS, GRIEF, STRESS, LOW_MOOD, MEANING, FINANCES, WORK, "
                    + "RELATIONSHIPS, CAREGIVING, OTHER")
            @RequestParam(required = false) String theme, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        Municipality municipality = null;
        if (gemeente != null && !gemeente.isBlank()) {
            municipality = Municipality.fromDisplayName(gemeente).orElse(null);
            if (municipality == null) {
                errors.add(new FieldError("gemeente", messages.getMessage("hulpbron.api.gemeente.unknown",
                        new Object[] {Arrays.stream(Municipality.values()).map(Municipality::displayName)
                                .collect(Collectors.joining(", "))}, locale)));
            }
        }
        Reason reason = null;
        if (theme != null && !theme.isBlank()) {
            String code = theme.trim();
            reason = Arrays.stream(Reason.values()).filter(r -> r.name().equalsIgnoreCase(code)).findFirst()
                    .orElse(null);
            if (reason == null) {
                errors.add(new FieldError("theme", messages.getMessage("hulpbron.api.theme.unknown",
                        new Object[] {Arrays.stream(Reason.values()).map(Reason::name)
                                .collect(Collectors.joining(", "))}, locale)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFilter(errors);
        }
        return search.search(municipality, reason, null, false, false).stream().map(HulpbronDto::of).toList();
    }

    @ExceptionHandler(InvalidFilter.class)
    ResponseEntity<Errors> invalidFilter(InvalidFilter e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Errors(e.errors));
    }
}
