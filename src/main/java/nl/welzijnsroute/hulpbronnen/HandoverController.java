package nl.welzijnsroute.hulpbronnen;

import nl.welzijnsroute.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The facilitator's page: handovers to their own hulpbronnen, and their answers. */
@Controller
@RequestMapping("/overdrachten")
class HandoverController {

    static final int MAX_REASON = 1000;

    private final Handovers handovers;

    HandoverController(Handovers handovers) {
        this.handovers = handovers;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        model.addAttribute("handovers", handovers.forBegeleider(CurrentUser.of(authentication).userId()));
        model.addAttribute("maxReason", MAX_REASON);
        return "hulpbronnen/overdrachten";
    }

    @PostMapping("/{placementId}/besluit")
    String decide(@PathVariable long placementId, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason, Authentication authentication,
            RedirectAttributes redirect) {
        String userId = CurrentUser.of(authentication).userId();
        handovers.one(userId, placementId).orElseThrow(this::notFound);
        WarmeOverdrachtProcess.Decision chosen;
        try {
            chosen = WarmeOverdrachtProcess.Decision.valueOf(decision);
        } catch (IllegalArgumentException unknown) {
            redirect.addFlashAttribute("message", "handover.decision.required");
            return "redirect:/overdrachten#overdracht-" + placementId;
        }
        String trimmed = reason.trim();
        if (chosen == WarmeOverdrachtProcess.Decision.NOT_SUITABLE
                && (trimmed.isEmpty() || trimmed.length() > MAX_REASON)) {
            redirect.addFlashAttribute("message", "handover.reason.required");
            return "redirect:/overdrachten#overdracht-" + placementId;
        }
        Handovers.Outcome outcome = handovers.decide(userId, placementId, chosen, trimmed.isEmpty() ? null : trimmed);
        redirect.addFlashAttribute("message", outcome == Handovers.Outcome.DONE
                ? "handover.decided." + chosen : "handover.gone");
        return "redirect:/overdrachten";
    }

    @PostMapping("/{placementId}/eerste-bijeenkomst")
    String attendance(@PathVariable long placementId, @RequestParam(defaultValue = "false") boolean attended,
            Authentication authentication, RedirectAttributes redirect) {
        String userId = CurrentUser.of(authentication).userId();
        handovers.one(userId, placementId).orElseThrow(this::notFound);
        Handovers.Outcome outcome = handovers.confirmAttendance(userId, placementId, attended);
        redirect.addFlashAttribute("message", outcome == Handovers.Outcome.DONE
                ? (attended ? "handover.attended" : "handover.notAttended") : "handover.gone");
        return "redirect:/overdrachten";
    }

    @PostMapping("/{placementId}/gestopt")
    String stopped(@PathVariable long placementId, Authentication authentication, RedirectAttributes redirect) {
        String userId = CurrentUser.of(authentication).userId();
        handovers.one(userId, placementId).orElseThrow(this::notFound);
        redirect.addFlashAttribute("message", handovers.stopped(userId, placementId) == Handovers.Outcome.DONE
                ? "handover.stopped" : "handover.gone");
        return "redirect:/overdrachten";
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
