package nl.welzijnsroute.referral;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The verwijsformulier: usable without JavaScript, validated on the server, one case per submitted form. */
@Controller
@RequestMapping("/verwijzen")
class ReferralFormController {

    private static final Pattern SUBMISSION_ID = Pattern.compile("[0-9a-f-]{36}");

    private final ReferralService referralService;

    ReferralFormController(ReferralService referralService) {
        this.referralService = referralService;
    }

    /** The entry kind comes from the referrer's profile; the page's form never sets it (the API may name it). */
    @org.springframework.web.bind.annotation.InitBinder("referral")
    void notFromTheForm(org.springframework.web.bind.WebDataBinder binder) {
        binder.setDisallowedFields("source");
    }

    @ModelAttribute("municipalities")
    List<String> municipalities() {
        return Arrays.stream(Municipality.values()).map(Municipality::displayName).toList();
    }

    @ModelAttribute("allReasons")
    Reason[] reasons() {
        return Reason.values();
    }

    @ModelAttribute("contactWays")
    ReferralRequest.ContactWay[] contactWays() {
        return ReferralRequest.ContactWay.values();
    }

    @GetMapping
    String form(Authentication user, Model model, HttpServletResponse response) {
        if (!referralService.isReferrer(user.getName())) {
            return noProfile(response);
        }
        model.addAttribute("referral", new ReferralRequest());
        model.addAttribute("entryKind", referralService.entryKind(user.getName()).orElseThrow());
        // The key of this form: a double click or back-and-resubmit sends it again and gets the same case.
        model.addAttribute("submissionId", UUID.randomUUID().toString());
        return "referral/form";
    }

    @PostMapping
    String submit(@Valid @ModelAttribute("referral") ReferralRequest referral, BindingResult result,
            @RequestParam(name = "submissionId", required = false) String submissionId, Authentication user,
            Model model, HttpServletResponse response) {
        if (!referralService.isReferrer(user.getName())) {
            return noProfile(response);
        }
        if (referral.hasAcuteRisk()) {
            // Safety first: whatever else was filled in, nothing is stored.
            return "referral/acute-risk";
        }
        if (submissionId == null || !SUBMISSION_ID.matcher(submissionId).matches()) {
            submissionId = UUID.randomUUID().toString();
        }
        if (result.hasErrors()) {
            model.addAttribute("submissionId", submissionId);
            model.addAttribute("entryKind", referralService.entryKind(user.getName()).orElseThrow());
            return "referral/form";
        }
        ReferralCase created = referralService.refer(user.getName(), referral.toNewReferral(), "form:" + submissionId)
                .referralCase();
        return "redirect:/verwijzingen/" + created.getCaseNumber() + "?bevestiging";
    }

    /** Said before anything is typed, not after: without AGB code and practice a referral cannot be recorded. */
    private String noProfile(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "referral/no-profile";
    }
}
