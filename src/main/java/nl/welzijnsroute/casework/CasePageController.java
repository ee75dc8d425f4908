package nl.welzijnsroute.casework;

import java.time.Clock;
import java.util.List;
import nl.welzijnsroute.journey.TerugkoppelingRepository;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.Referrer;
import nl.welzijnsroute.referral.ReferrerRepository;
import nl.welzijnsroute.security.CurrentUser;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page: the person, the referral, what is open, what happened, notes and terugkoppeling. */
@Controller
@RequestMapping("/casussen/{caseNumber}")
class CasePageController {

    /** Timeline rows: the steps a coordinator recognises from the diagram. */
    private static final List<String> TIMELINE_TYPES = List.of("startEvent", "userTask", "serviceTask",
            "businessRuleTask", "boundaryTimer", "intermediateTimer", "noneEndEvent");
    static final int MAX_NOTE_LENGTH = 4000;

    private final CaseworkAccess access;
    private final AccessLog accessLog;
    private final AccessLogRepository accessLogEntries;
    private final CaseNoteRepository notes;
    private final TerugkoppelingRepository terugkoppelingen;
    private final ReferrerRepository referrers;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final Clock clock;

    CasePageController(CaseworkAccess access, AccessLog accessLog, AccessLogRepository accessLogEntries,
            CaseNoteRepository notes, TerugkoppelingRepository terugkoppelingen, ReferrerRepository referrers,
            TaskService taskService, HistoryService historyService, Clock clock) {
        this.access = access;
        this.accessLog = accessLog;
        this.accessLogEntries = accessLogEntries;
        this.notes = notes;
        this.terugkoppelingen = terugkoppelingen;
        this.referrers = referrers;
        this.taskService = taskService;
        this.historyService = historyService;
        this.clock = clock;
    }

    @GetMapping
    @Transactional
    String show(@PathVariable String caseNumber, Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        ReferralCase c = access.caseByNumber(user, caseNumber).orElseThrow(this::notFound);
        accessLog.record(c.getId(), user.userId(), AccessLogEntry.Action.VIEW_CASE, null);
        model.addAttribute("referralCase", c);
        model.addAttribute("client", c.getClient());
        model.addAttribute("referrer", referrers.findById(c.getReferrerUserId()).map(Referrer::getDisplayName)
                .orElse(c.getReferrerUserId()));
        model.addAttribute("practice", c.getPractice() == null ? null : c.getPractice().getName());
        model.addAttribute("tasks", c.getProcessInstanceId() == null ? List.of()
                : taskService.createTaskQuery().processInstanceId(c.getProcessInstanceId()).active()
                        .orderByTaskCreateTime().asc().list());
        model.addAttribute("timeline", timeline(c));
        model.addAttribute("notes", notes.findByCaseIdOrderByCreatedAtAscIdAsc(c.getId()));
        model.addAttribute("terugkoppeling", terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(c.getId()));
        model.addAttribute("isCoordinator", user.isCoordinator());
        model.addAttribute("userId", user.userId());
        model.addAttribute("maxNoteLength", MAX_NOTE_LENGTH);
        return "casework/case";
    }

    @PostMapping("/notities")
    @Transactional
    String addNote(@PathVariable String caseNumber, @RequestParam(defaultValue = "") String text,
            Authentication authentication, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        ReferralCase c = access.caseByNumber(user, caseNumber).orElseThrow(this::notFound);
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NOTE_LENGTH) {
            redirect.addFlashAttribute("noteError", trimmed.isEmpty() ? "note.empty" : "note.tooLong");
            redirect.addFlashAttribute("noteText", text);
            return "redirect:/casussen/" + caseNumber + "#notities";
        }
        notes.save(new CaseNote(c.getId(), user.userId(), trimmed, clock.instant()));
        accessLog.record(c.getId(), user.userId(), AccessLogEntry.Action.ADD_NOTE, null);
        redirect.addFlashAttribute("message", "note.added");
        return "redirect:/casussen/" + caseNumber + "#notities";
    }

    /** Coordinators read who looked at or changed a case (NEN 7513); reading it is logged too. */
    @GetMapping("/toegang")
    @Transactional
    String accessLog(@PathVariable String caseNumber, Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        if (!user.isCoordinator()) {
            throw notFound();
        }
        ReferralCase c = access.caseByNumber(user, caseNumber).orElseThrow(this::notFound);
        accessLog.record(c.getId(), user.userId(), AccessLogEntry.Action.VIEW_ACCESS_LOG, null);
        model.addAttribute("referralCase", c);
        model.addAttribute("entries", accessLogEntries.findByCaseIdOrderByAtDescIdDesc(c.getId()));
        return "casework/access-log";
    }

    private List<HistoricActivityInstance> timeline(ReferralCase c) {
        if (c.getProcessInstanceId() == null) {
            return List.of();
        }
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(c.getProcessInstanceId())
                .orderPartiallyByOccurrence().asc().list().stream()
                .filter(a -> TIMELINE_TYPES.contains(a.getActivityType()) && a.getActivityName() != null)
                .toList();
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

}
