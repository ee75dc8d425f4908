package nl.welzijnsroute.coordination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Team membership at {@code /beheer/teams} (coordinators; the URL rules keep everyone else out): the teams with
 * their members, adding a coach, taking a member off a team, and a person who leaves ("vertrekt"), each with the
 * choice per open task: another member of the task's team, or back to the team. Works without JavaScript.
 */
@Controller
@RequestMapping("/beheer/teams")
class TeamController {

    private static final Pattern ASSIGNMENT = Pattern.compile("assignments\\[(.+)]");

    private final TeamService teams;
    private final MessageSource messages;

    TeamController(TeamService teams, MessageSource messages) {
        this.teams = teams;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("teams", teams.teams());
        return "beheer/teams";
    }

    @GetMapping("/{team}")
    String team(@PathVariable String team, Model model) {
        return teamPage(team, null, null, model);
    }

    @PostMapping("/{team}/leden")
    String add(@PathVariable String team, @RequestParam(name = "userId", required = false) String userId,
            Authentication authentication, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            teams.addMember(authentication.getName(), team, userId);
        } catch (TeamRefusal refused) {
            return teamPage(team, text(refused.problems().get(0), locale), userId, model);
        }
        TeamService.Team changed = teams.team(team);
        redirect.addFlashAttribute("notice", messages.getMessage("team.flash.added",
                new Object[] {nameOf(changed, userId.trim()), changed.name()}, locale));
        return "redirect:/beheer/teams/" + team;
    }

    @GetMapping("/{team}/leden/{userId}/verwijderen")
    String removeForm(@PathVariable String team, @PathVariable String userId, Model model) {
        return departurePage(teams.departure(userId, team), team, Map.of(), Map.of(), List.of(), model);
    }

    @PostMapping("/{team}/leden/{userId}/verwijderen")
    String remove(@PathVariable String team, @PathVariable String userId, @RequestParam Map<String, String> form,
            Authentication authentication, Model model, Locale locale, RedirectAttributes redirect) {
        return depart(team, userId, form, authentication, model, locale, redirect);
    }

    @GetMapping("/leden/{userId}/vertrek")
    String leaveForm(@PathVariable String userId, Model model) {
        return departurePage(teams.departure(userId, null), null, Map.of(), Map.of(), List.of(), model);
    }

    @PostMapping("/leden/{userId}/vertrek")
    String leave(@PathVariable String userId, @RequestParam Map<String, String> form, Authentication authentication,
            Model model, Locale locale, RedirectAttributes redirect) {
        return depart(null, userId, form, authentication, model, locale, redirect);
    }

    @ExceptionHandler(TeamNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private String depart(String team, String userId, Map<String, String> form, Authentication authentication,
            Model model, Locale locale, RedirectAttributes redirect) {
        Map<String, String> assignments = assignments(form);
        TeamService.Departed departed;
        try {
            departed = teams.remove(authentication.getName(), userId, team, assignments);
        } catch (TeamRefusal refused) {
            Map<String, String> taskErrors = new HashMap<>();
            List<String> errors = new ArrayList<>();
            for (TeamRefusal.Problem problem : refused.problems()) {
                Matcher task = problem.field() == null ? null : ASSIGNMENT.matcher(problem.field());
                if (task != null && task.matches()) {
                    taskErrors.put(task.group(1), text(problem, locale));
                } else {
                    errors.add(text(problem, locale));
                }
            }
            return departurePage(teams.departure(userId, team), team, assignments, taskErrors, errors, model);
        }
        long back = departed.tasks().stream().filter(t -> t.assignee() == null).count();
        redirect.addFlashAttribute("notice", messages.getMessage(team == null ? "team.flash.left" : departed
                .leftLastTeam() ? "team.flash.removedLast" : "team.flash.removed", new Object[] {
                        departed.person().name(), departed.teamsLeft().size(), departed.tasks().size() - back, back},
                locale));
        return team == null ? "redirect:/beheer/teams" : "redirect:/beheer/teams/" + team;
    }

    private String teamPage(String team, String addError, String chosen, Model model) {
        model.addAttribute("team", teams.team(team));
        model.addAttribute("coaches", teams.addableCoaches(team));
        model.addAttribute("addError", addError);
        model.addAttribute("chosen", chosen);
        return "beheer/teams-team";
    }

    private String departurePage(TeamService.Departure departure, String team, Map<String, String> chosen,
            Map<String, String> taskErrors, List<String> errors, Model model) {
        model.addAttribute("departure", departure);
        model.addAttribute("teamId", team);
        model.addAttribute("chosen", chosen);
        model.addAttribute("taskErrors", taskErrors);
        model.addAttribute("errors", errors);
        return "beheer/teams-vertrek";
    }

    /** {@code assignments[<taskId>]=<userId>} from the form; an empty value means back to the team. */
    static Map<String, String> assignments(Map<String, String> form) {
        Map<String, String> assignments = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            Matcher matcher = ASSIGNMENT.matcher(name);
            if (matcher.matches()) {
                assignments.put(matcher.group(1), value);
            }
        });
        return assignments;
    }

    private String text(TeamRefusal.Problem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.arguments(), locale);
    }

    private static String nameOf(TeamService.Team team, String userId) {
        return team.members().stream().filter(m -> m.userId().equals(userId)).map(TeamService.Member::name)
                .findFirst().orElse(userId);
    }
}
