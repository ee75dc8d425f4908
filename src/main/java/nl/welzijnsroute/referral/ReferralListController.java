package nl.welzijnsroute.referral;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** The referrer's own referrals, newest first, with status in words and every terugkoppeling. */
@Controller
@RequestMapping("/verwijzingen")
class ReferralListController {

    private final ReferralViews views;

    ReferralListController(ReferralViews views) {
        this.views = views;
    }

    @GetMapping
    String list(Authentication user, Model model, Locale locale) {
        model.addAttribute("referrals", views.list(user.getName()));
        model.addAttribute("views", views);
        model.addAttribute("locale", locale);
        return "referral/list";
    }

    @GetMapping("/{caseNumber}")
    String detail(@PathVariable String caseNumber, Authentication user, Model model, Locale locale) {
        ReferralView view = views.byCaseNumber(user.getName(), caseNumber)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("referral", view);
        model.addAttribute("statusText", views.statusInWords(view, locale));
        return "referral/detail";
    }
}
