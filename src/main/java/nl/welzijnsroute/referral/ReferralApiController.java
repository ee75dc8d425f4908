package nl.welzijnsroute.referral;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The referral API for practice systems: the same rules as the verwijsformulier. */
@RestController
@RequestMapping("/api/referrals")
@Tag(name = "Verwijzingen", description = "Referrals to Welzijn op Recept")
class ReferralApiController {

    private static final int MAX_KEY_LENGTH = 80;

    private final ReferralService referralService;
    private final ReferralViews views;
    private final Validator validator;
    private final MessageSource messages;

    ReferralApiController(ReferralService referralService, ReferralViews views, Validator validator,
            MessageSource messages) {
        this.referralService = referralService;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    record FieldError(String field, String message) {
    }

    record Errors(List<FieldError> errors) {
    }

    /** A refusal that is not about a field: acute risk (422) or no referrer profile (403). */
    record Refusal(String error, String message) {
    }

    record Created(Long id, String caseNumber, String status, String source) {
    }

    record TerugkoppelingDto(String moment, String message, Instant sentAt) {
    }

    record ReferralDto(Long id, String caseNumber, String source, String status, String statusText,
            Instant createdAt, List<TerugkoppelingDto> terugkoppeling) {
    }

    @PostMapping
    @Operation(summary = "Refer a patient to Welzijn op Recept (huisarts) or to a verkennend gesprek (other entries)",
            description = "201 with the new case; 400 lists every invalid field; 422 when there is an acute safety "
                    + "risk (nothing is stored). A repeat with the same Idempotency-Key returns the same case.")
    ResponseEntity<?> refer(@RequestBody ReferralRequest request,
            @Parameter(description = "Any unique string per referral, at most 80 characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication user, Locale locale) {
        if (!referralService.isReferrer(user.getName())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Refusal("NO_REFERRER_PROFILE",
                    messages.getMessage("referral.noProfile", null, locale)));
        }
        if (request.hasAcuteRisk()) {
            return ResponseEntity.unprocessableEntity().body(new Refusal("ACUTE_RISK",
                    messages.getMessage("referral.acuteRisk.guidance", null, locale)));
        }
        List<FieldError> errors = validator.validate(request).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).collect(Collectors.toList());
        ReferralSource ownKind = referralService.entryKind(user.getName()).orElseThrow();
        if (request.getSource() != null && request.getSource() != ownKind) {
            errors.add(new FieldError("source", messages.getMessage("referral.source.notYours",
                    new Object[] {ownKind.name()}, locale)));
            errors.sort(Comparator.comparing(FieldError::field));
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            errors.add(new FieldError("Idempotency-Key", messages.getMessage("referral.idempotencyKey.invalid",
                    new Object[] {MAX_KEY_LENGTH}, locale)));
        }
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(new Errors(errors));
        }
        ReferralService.Result result = referralService.refer(user.getName(), request.toNewReferral(),
                idempotencyKey == null ? null : "api:" + idempotencyKey);
        if (!result.sameReferral()) {
            return ResponseEntity.unprocessableEntity().body(new Refusal("IDEMPOTENCY_KEY_REUSED",
                    messages.getMessage("referral.idempotencyKey.reused", null, locale)));
        }
        ReferralCase created = result.referralCase();
        return ResponseEntity.created(URI.create("/api/referrals/" + created.getId()))
                .header("Idempotent-Replayed", String.valueOf(!result.created()))
                .body(new Created(created.getId(), created.getCaseNumber(), created.getStatus().name(),
                        created.getSource().name()));
    }

    @GetMapping
    @Operation(summary = "The caller's own referrals, newest first")
    List<ReferralDto> list(Authentication user, Locale locale) {
        return views.list(user.getName()).stream().map(v -> dto(v, locale)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's referrals, with status and terugkoppeling; 404 for anyone else's")
    ReferralDto get(@PathVariable long id, Authentication user, Locale locale) {
        return views.byId(user.getName(), id).map(v -> dto(v, locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Unreadable JSON, a wrong date or an unknown reason code: name the field, in the same shape. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Errors> unreadable(HttpMessageNotReadableException e, Locale locale) {
        String field = null;
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String message = messages.getMessage(field == null ? "api.body.unreadable" : "api.field.unreadable", null,
                locale);
        return ResponseEntity.badRequest().body(new Errors(List.of(new FieldError(field, message))));
    }

    private ReferralDto dto(ReferralView view, Locale locale) {
        return new ReferralDto(view.id(), view.caseNumber(), view.source().name(), view.status().name(),
                views.statusInWords(view, locale),
                view.createdAt(), view.terugkoppeling().stream()
                        .map(t -> new TerugkoppelingDto(t.getMoment().name(), t.getMessage(), t.getSentAt())).toList());
    }

}
