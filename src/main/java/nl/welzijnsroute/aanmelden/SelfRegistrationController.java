package nl.welzijnsroute.aanmelden;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralRequest.ContactWay;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A resident asks for a verkennend gesprek themselves, without an account: usable without JavaScript, validated on
 * the server, one case per submitted form. The answer never tells whether the person is already known, and the
 * thank-you page repeats nothing that was sent.
 */
@Controller
@RequestMapping("/aanmelden")
class SelfRegistrationController {

    private static final Pattern SUBMISSION_ID = Pattern.compile("[0-9a-f-]{36}");

    private final SelfRegistrationService registrations;

    SelfRegistrationController(SelfRegistrationService registrations) {
        this.registrations = registrations;
    }

    @ModelAttribute("municipalities")
    List<String> municipalities() {
        return Arrays.stream(Municipality.values()).map(Municipality::displayName).toList();
    }

    @ModelAttribute("contactWays")
    List<ContactWay> contactWays() {
        // "No preference" first: it is what an untouched form sends.
        return List.of(ContactWay.NO_PREFERENCE, ContactWay.PHONE, ContactWay.EMAIL);
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("aanmelding", new SelfRegistrationForm());
        // The key of this form: a double click or back-and-resubmit sends it again and gets the same case.
        model.addAttribute("submissionId", UUID.randomUUID().toString());
        return "aanmelden/form";
    }

    @PostMapping
    String submit(@Valid @ModelAttribute("aanmelding") SelfRegistrationForm aanmelding, BindingResult result,
            @RequestParam(name = "submissionId", required = false) String submissionId, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (aanmelding.hasAcuteRisk()) {
            // Safety first: whatever else was filled in, nothing is stored and nothing is counted.
            return "aanmelden/acute-risk";
        }
        if (submissionId == null || !SUBMISSION_ID.matcher(submissionId).matches()) {
            submissionId = UUID.randomUUID().toString();
        }
        if (result.hasErrors()) {
            model.addAttribute("submissionId", submissionId);
            return "aanmelden/form";
        }
        // The client's own address; behind a proxy only server.forward-headers-strategy makes it the real one.
        SelfRegistrationService.Outcome outcome = registrations.register(aanmelding.toNewReferral(), submissionId,
                request.getRemoteAddr());
        if (outcome == SelfRegistrationService.Outcome.TOO_MANY) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "aanmelden/too-many";
        }
        return "redirect:/aanmelden/ontvangen";
    }

    /** The same words for everyone, whoever registered: no name, no case number. */
    @GetMapping("/ontvangen")
    String received() {
        return "aanmelden/received";
    }
}
