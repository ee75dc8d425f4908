package nl.welzijnsroute.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import nl.welzijnsroute.casework.WorkQueueService;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import nl.welzijnsroute.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what this person needs to see first, by role. */
@Controller
class HomeController {

    private final WorkQueueService workQueue;
    private final ReferralCaseRepository cases;

    HomeController(WorkQueueService workQueue, ReferralCaseRepository cases) {
        this.workQueue = workQueue;
        this.cases = cases;
    }

    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(Authentication authentication, Model model) {
        Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        model.addAttribute("userId", authentication.getName());
        model.addAttribute("today", LocalDate.now(ReferralCase.ZONE));
        if (groups.contains(Roles.COACH) || groups.contains(Roles.COORDINATOR)) {
            Set<String> workGroups = groups.stream()
                    .filter(g -> g.startsWith(Roles.TEAM_PREFIX) || g.equals(Roles.COORDINATOR))
                    .collect(Collectors.toSet());
            model.addAttribute("workItems", workQueue.openTasks(authentication.getName(), workGroups));
        }
        if (groups.contains(Roles.HUISARTS)) {
            model.addAttribute("referrals", cases.findByReferrerUserIdOrderByCreatedAtDesc(authentication.getName())
                    .stream().map(c -> new ReferralRow(c.getCaseNumber(), c.getClient().fullName(), c.getCreatedAt(),
                            c.getStatus().name(), c.getStatusDetail(),
                            c.getClosureReason() == null ? null : c.getClosureReason().name()))
                    .toList());
        }
        model.addAttribute("isCoordinatorOrAdmin", groups.contains(Roles.COORDINATOR) || groups.contains(Roles.ADMIN));
        return "home";
    }

    record ReferralRow(String caseNumber, String clientName, java.time.Instant createdAt, String status,
            String statusDetail, String closureReason) {
    }
}
