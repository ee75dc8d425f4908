package nl.welzijnsroute.web;

import java.time.LocalDate;
import java.util.Locale;
import nl.welzijnsroute.casework.WorkQueueService;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralViews;
import nl.welzijnsroute.security.CurrentUser;
import nl.welzijnsroute.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what this person needs to see first, by role. */
@Controller
class HomeController {

    private final WorkQueueService workQueue;
    private final ReferralViews referralViews;
    private final nl.welzijnsroute.casework.CaseInvitations invitations;
    private final nl.welzijnsroute.referral.ReferralCaseRepository cases;
    private final java.time.Clock clock;

    HomeController(WorkQueueService workQueue, ReferralViews referralViews,
            nl.welzijnsroute.casework.CaseInvitations invitations, nl.welzijnsroute.referral.ReferralCaseRepository cases,
            java.time.Clock clock) {
        this.clock = clock;
        this.invitations = invitations;
        this.cases = cases;
        this.workQueue = workQueue;
        this.referralViews = referralViews;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model, Locale locale) {
        CurrentUser user = CurrentUser.of(authentication);
        model.addAttribute("userId", user.userId());
        model.addAttribute("today", LocalDate.now(clock.withZone(ReferralCase.ZONE)));
        if (user.groups().contains(Roles.COACH) || user.isCoordinator()) {
            model.addAttribute("workItems", workQueue.openTasks(user.userId(), user.workGroups()));
        }
        if (user.groups().contains(Roles.HUISARTS) || user.groups().contains(Roles.VERWIJZER)) {
            // The same scope and words as /verwijzingen.
            model.addAttribute("referrals", referralViews.list(user.userId()));
            model.addAttribute("views", referralViews);
            model.addAttribute("locale", locale);
        }
        if (user.groups().contains(Roles.ERVARINGSDESKUNDIGE)) {
            model.addAttribute("invitedCases", cases.findAllById(invitations.invitedCaseIds(user.userId())));
        }
        model.addAttribute("isCoordinatorOrAdmin", user.isCoordinator() || user.groups().contains(Roles.ADMIN));
        return "home";
    }
}
