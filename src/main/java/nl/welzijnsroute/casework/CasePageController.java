package nl.welzijnsroute.casework;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
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
            "businessRuleTask", "boundaryTimer", "boundaryMessage", "intermediateTimer", "noneEndEvent",
            "terminateEndEvent");
    static final int MAX_NOTE_LENGTH = 4000;

    private final CaseworkAccess access;
    private final AccessLog accessLog;
    private final AccessLogRepository accessLogEntries;
    private final CaseNoteRepository notes;
    private final TerugkoppelingRepository terugkoppelingen;
    private final ReferrerRepository referrers;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final PgScoreRepository pgScores;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;
    private final CaseInstances caseInstances;
    private final CaseRecordRepository caseRecords;
    private final nl.welzijnsroute.journey.JourneyEvents journeyEvents;
    private final CaseInvitations invitations;
    private final nl.welzijnsroute.hulpbronnen.PlacementService placements;
    private final nl.welzijnsroute.hulpbronnen.HulpbronSearch hulpbronSearch;
    private final nl.welzijnsroute.hulpbronnen.PlacementRepository placementRepository;
    private final nl.welzijnsroute.hulpbronnen.HulpbronRepository hulpbronRepository;
    private final org.camunda.bpm.engine.IdentityService identityService;

    CasePageController(nl.welzijnsroute.hulpbronnen.HulpbronSearch hulpbronSearch,
            nl.welzijnsroute.hulpbronnen.PlacementService placements,
            nl.welzijnsroute.hulpbronnen.PlacementRepository placementRepository,
            nl.welzijnsroute.hulpbronnen.HulpbronRepository hulpbronRepository, CaseInvitations invitations, org.camunda.bpm.engine.IdentityService identityService,
            nl.welzijnsroute.journey.JourneyEvents journeyEvents, CaseInstances caseInstances,
            CaseRecordRepository caseRecords, CaseworkAccess access, AccessLog accessLog, AccessLogRepository accessLogEntries,
            CaseNoteRepository notes, TerugkoppelingRepository terugkoppelingen, ReferrerRepository referrers,
            TaskService taskService, HistoryService historyService, PgScoreRepository pgScores, org.springframework.context.MessageSource messages, Clock clock) {
        this.access = access;
        this.accessLog = accessLog;
        this.accessLogEntries = accessLogEntries;
        this.notes = notes;
        this.terugkoppelingen = terugkoppelingen;
        this.referrers = referrers;
        this.taskService = taskService;
        this.historyService = historyService;
        this.pgScores = pgScores;
        this.messages = messages;
        this.clock = clock;
        this.caseInstances = caseInstances;
        this.caseRecords = caseRecords;
        this.journeyEvents = journeyEvents;
        this.invitations = invitations;
        this.identityService = identityService;
        this.placements = placements;
        this.hulpbronSearch = hulpbronSearch;
        this.placementRepository = placementRepository;
        this.hulpbronRepository = hulpbronRepository;
    }

    @GetMapping
    @Transactional
    String show(@PathVariable String caseNumber, Authentication authentication, Model model,
            java.util.Locale locale) {
        CurrentUser user = CurrentUser.of(authentication);
        ReferralCase c = access.caseByNumber(user, caseNumber).orElseThrow(this::notFound);
        accessLog.record(c.getId(), user.userId(), AccessLogEntry.Action.VIEW_CASE, null);
        return render(c, user, model, locale);
    }

    private String render(ReferralCase c, CurrentUser user, Model model, java.util.Locale locale) {
        model.addAttribute("referralCase", c);
        model.addAttribute("client", c.getClient());
        model.addAttribute("referrer", referrers.findById(c.getReferrerUserId()).map(Referrer::getDisplayName)
                .orElse(c.getReferrerUserId()));
        model.addAttribute("practice", c.getPractice() == null ? null : c.getPractice().getName());
        model.addAttribute("tasks", c.getProcessInstanceId() == null ? List.of()
                : taskService.createTaskQuery().processInstanceBusinessKey(c.getCaseNumber()).active()
                        .orderByTaskCreateTime().asc().list());
        model.addAttribute("timeline", timeline(c));
        model.addAttribute("notes", notes.findByCaseIdOrderByCreatedAtAscIdAsc(c.getId()));
        model.addAttribute("caseRecords", caseRecords.findByCaseIdOrderByRecordedAtAscIdAsc(c.getId()));
        model.addAttribute("terugkoppeling", terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(c.getId()));
        model.addAttribute("isCoordinator", user.isCoordinator());
        boolean worker = access.worksOn(user, c);
        model.addAttribute("isCaseWorker", worker);
        model.addAttribute("invitations", invitations.invitations(c.getId()));
        List<nl.welzijnsroute.hulpbronnen.Placement> casePlacements =
                placementRepository.findByCaseIdOrderByChosenAtAscIdAsc(c.getId());
        model.addAttribute("placements", casePlacements);
        model.addAttribute("placementHulpbronnen", hulpbronRepository.findAllById(casePlacements.stream()
                .map(nl.welzijnsroute.hulpbronnen.Placement::getHulpbronId).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(nl.welzijnsroute.hulpbronnen.Hulpbron::getId,
                        java.util.function.Function.identity())));
        model.addAttribute("rankedHulpbronnen", worker && !c.isClosed()
                ? suggestions(c) : List.of());
        model.addAttribute("ervaringsdeskundigen", worker ? ervaringsdeskundigen() : List.of());
        model.addAttribute("userId", user.userId());
        model.addAttribute("maxNoteLength", MAX_NOTE_LENGTH);
        // Latest measurement per moment: a correction is a new row, the newest counts.
        Map<PgScore.Moment, PgScore> latest = new EnumMap<>(PgScore.Moment.class);
        pgScores.findByCaseIdOrderByRecordedAtAscIdAsc(c.getId()).forEach(score -> latest.put(score.getMoment(), score));
        model.addAttribute("pgLatest", latest);
        model.addAttribute("pgDimensions", PgDimension.values());
        model.addAttribute("pgLabels", java.util.Arrays.stream(PgDimension.values())
                .map(d -> messages.getMessage("pg." + d, null, locale)).toList());
        Map<String, java.util.List<Integer>> series = new java.util.LinkedHashMap<>();
        latest.forEach((moment, score) -> series.put(moment.name(), score.scores()));
        model.addAttribute("pgSeries", series);
        model.addAttribute("pgMoments", List.copyOf(latest.keySet()));
        model.addAttribute("pgRows", java.util.Arrays.stream(PgDimension.values()).map(d -> new PgRow(d,
                latest.values().stream().map(score -> new PgCell(score.scores().get(d.ordinal()),
                        score.talkAbout().contains(d))).toList())).toList());
        if (!model.containsAttribute("pgForm")) {
            PositieveGezondheidForm form = new PositieveGezondheidForm();
            form.setMoment(latest.containsKey(PgScore.Moment.T0) ? PgScore.Moment.T1 : PgScore.Moment.T0);
            model.addAttribute("pgForm", form);
        }
        return "casework/case";
    }

    @PostMapping("/notities")
    @Transactional
    String addNote(@PathVariable String caseNumber, @RequestParam(defaultValue = "") String text,
            Authentication authentication, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        ReferralCase c = workedOnCase(user, caseNumber);
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

    @PostMapping("/positieve-gezondheid")
    @Transactional
    String recordPositieveGezondheid(@PathVariable String caseNumber,
            @Valid @ModelAttribute("pgForm") PositieveGezondheidForm form, BindingResult result,
            Authentication authentication, Model model, java.util.Locale locale, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        ReferralCase c = workedOnCase(user, caseNumber);
        if (result.hasErrors()) {
            // Re-render in place: the entered scores and their messages stay on the page (a view, so logged).
            accessLog.record(c.getId(), user.userId(), AccessLogEntry.Action.VIEW_CASE, null);
            return render(c, user, model, locale);
        }
        pgScores.save(new PgScore(c.getId(), form.getMoment(), form.scores(), form.getTalkAbout(), user.userId(),
                clock.instant()));
        accessLog.record(c.getId(), user.userId(), AccessLogEntry.Action.RECORD_PG, form.getMoment().name());
        redirect.addFlashAttribute("message", "pg.saved");
        return "redirect:/casussen/" + caseNumber + "#positieve-gezondheid";
    }

    /**
     * Serious concern: the case goes back to the huisarts or GGZ, from wherever it is. The process's boundary event
     * does the rest (closure and terugkoppeling); the reason is a note in the case file, not a process variable.
     */
    @PostMapping("/ernstige-zorg")
    @Transactional
    String raiseSeriousConcern(@PathVariable String caseNumber, @RequestParam(defaultValue = "HUISARTS") String target,
            @RequestParam(defaultValue = "") String reason, Authentication authentication,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        ReferralCase c = workedOnCase(user, caseNumber);
        String trimmed = reason.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NOTE_LENGTH || !List.of("HUISARTS", "GGZ").contains(target)) {
            redirect.addFlashAttribute("concernError", trimmed.isEmpty() ? "concern.reason.required" : "note.tooLong");
            redirect.addFlashAttribute("concernText", reason);
            return "redirect:/casussen/" + caseNumber + "#ernstige-zorg";
        }
        boolean correlated = journeyEvents.raiseSeriousConcern(c.getCaseNumber(), target);
        if (!correlated) {
            redirect.addFlashAttribute("message", "concern.notNow");
            return "redirect:/casussen/" + caseNumber;
        }
        String targetWords = messages.getMessage("concern.target." + target, null, java.util.Locale.forLanguageTag("nl"));
        notes.save(new CaseNote(c.getId(), user.userId(),
                messages.getMessage("concern.note", new Object[] {targetWords, trimmed},
                        java.util.Locale.forLanguageTag("nl")), clock.instant()));
        accessLog.record(c.getId(), user.userId(), AccessLogEntry.Action.RAISE_CONCERN, target);
        redirect.addFlashAttribute("message", "concern.done");
        return "redirect:/casussen/" + caseNumber;
    }

    /** Hulpbronnen for this person, best match first (themes, gemeente, free places). */
    private List<nl.welzijnsroute.hulpbronnen.RankedHulpbron> suggestions(ReferralCase c) {
        return hulpbronSearch.rankedFor(c.getReasons(),
                nl.welzijnsroute.referral.Municipality.fromDisplayName(c.getClient().getMunicipality()).orElse(null));
    }

    /** The coach and the person choose a hulpbron; the warm handover task proposes every choice. */
    @PostMapping("/hulpbronnen")
    @Transactional
    String chooseHulpbron(@PathVariable String caseNumber, @RequestParam(defaultValue = "0") long hulpbronId,
            Authentication authentication, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        ReferralCase c = workedOnCase(user, caseNumber);
        if (c.isClosed()) {
            throw notFound();
        }
        nl.welzijnsroute.hulpbronnen.PlacementService.ChooseResult result = placements.choose(c.getId(), hulpbronId,
                user.userId());
        redirect.addFlashAttribute("message", "placement.choose." + result);
        return "redirect:/casussen/" + caseNumber + "#warme-overdracht";
    }

    /** Undo a choice, take the person off a wait list, or withdraw a handover under way. */
    @PostMapping("/hulpbronnen/{placementId}/intrekken")
    @Transactional
    String withdrawPlacement(@PathVariable String caseNumber, @PathVariable long placementId,
            Authentication authentication, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        ReferralCase c = workedOnCase(user, caseNumber);
        placementRepository.findById(placementId).filter(p -> p.getCaseId().equals(c.getId()))
                .orElseThrow(this::notFound);
        boolean done = placements.withdrawByCoach(c.getId(), placementId);
        redirect.addFlashAttribute("message", done ? "placement.withdrawn" : "placement.notNow");
        return "redirect:/casussen/" + caseNumber + "#warme-overdracht";
    }

    /** The person stopped at the hulpbron: the place goes to the next in line. */
    @PostMapping("/hulpbronnen/{placementId}/gestopt")
    @Transactional
    String placementStopped(@PathVariable String caseNumber, @PathVariable long placementId,
            Authentication authentication, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        ReferralCase c = workedOnCase(user, caseNumber);
        placementRepository.findById(placementId).filter(p -> p.getCaseId().equals(c.getId()))
                .orElseThrow(this::notFound);
        redirect.addFlashAttribute("message", placements.stop(placementId) ? "placement.stopped" : "placement.notNow");
        return "redirect:/casussen/" + caseNumber + "#warme-overdracht";
    }

    /** The team invites an ervaringsdeskundige to take part; from then on they can read this case. */
    @PostMapping("/ervaringsdeskundige")
    @Transactional
    String invite(@PathVariable String caseNumber, @RequestParam(defaultValue = "") String userId,
            Authentication authentication, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        ReferralCase c = workedOnCase(user, caseNumber);
        if (!ervaringsdeskundigen().contains(userId)) {
            redirect.addFlashAttribute("message", "invite.unknown");
            return "redirect:/casussen/" + caseNumber + "#ervaringsdeskundige";
        }
        if (invitations.invite(c.getId(), userId, user.userId())) {
            accessLog.record(c.getId(), user.userId(), AccessLogEntry.Action.INVITE, userId);
        }
        redirect.addFlashAttribute("message", "invite.done");
        return "redirect:/casussen/" + caseNumber + "#ervaringsdeskundige";
    }

    @PostMapping("/ervaringsdeskundige/intrekken")
    @Transactional
    String withdraw(@PathVariable String caseNumber, @RequestParam(defaultValue = "") String userId,
            Authentication authentication, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        ReferralCase c = workedOnCase(user, caseNumber);
        if (invitations.withdraw(c.getId(), userId)) {
            accessLog.record(c.getId(), user.userId(), AccessLogEntry.Action.WITHDRAW_INVITATION, userId);
        }
        redirect.addFlashAttribute("message", "invite.withdrawn");
        return "redirect:/casussen/" + caseNumber + "#ervaringsdeskundige";
    }

    /** A case this person works on (team or coordinator); anyone else, an invited reader too, gets a 404. */
    private ReferralCase workedOnCase(CurrentUser user, String caseNumber) {
        return access.caseByNumber(user, caseNumber).filter(c -> access.worksOn(user, c))
                .orElseThrow(this::notFound);
    }

    private List<String> ervaringsdeskundigen() {
        return identityService.createUserQuery().memberOfGroup(nl.welzijnsroute.security.Roles.ERVARINGSDESKUNDIGE)
                .orderByUserId().asc().list().stream().map(org.camunda.bpm.engine.identity.User::getId).toList();
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
        return caseInstances.activities(c.getCaseNumber()).stream()
                .filter(a -> TIMELINE_TYPES.contains(a.getActivityType()) && a.getActivityName() != null)
                .toList();
    }

    /** One dimension's row in the scores table: a cell per recorded moment. */
    record PgRow(PgDimension dimension, List<PgCell> cells) {
    }

    record PgCell(int score, boolean talkAbout) {
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

}
