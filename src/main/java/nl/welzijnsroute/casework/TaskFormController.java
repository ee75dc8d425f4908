package nl.welzijnsroute.casework;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.welzijnsroute.casework.forms.FeelConditions;
import nl.welzijnsroute.casework.forms.FormSchema;
import nl.welzijnsroute.casework.forms.FormSubmission;
import nl.welzijnsroute.casework.forms.MarkdownText;
import nl.welzijnsroute.security.CurrentUser;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's Camunda Form (the .form file a coordinator edits in Camunda Modeler, the same one Tasklist shows),
 * rendered as a page and validated on the server against its schema.
 */
@Controller
@RequestMapping("/taken/{taskId}")
class TaskFormController {

    private final CaseworkAccess access;
    private final TaskWork taskWork;
    private final FormService formService;
    private final TaskService taskService;
    private final FeelConditions feel;
    private final AccessLog accessLog;
    private final CaseRecordRepository caseRecords;
    private final java.time.Clock clock;
    private final PgScoreRepository pgScores;
    private final nl.welzijnsroute.hulpbronnen.PlacementService placements;

    TaskFormController(CaseworkAccess access, TaskWork taskWork, FormService formService, TaskService taskService,
            FeelConditions feel, AccessLog accessLog, CaseRecordRepository caseRecords, java.time.Clock clock,
            PgScoreRepository pgScores, nl.welzijnsroute.hulpbronnen.PlacementService placements) {
        this.pgScores = pgScores;
        this.placements = placements;
        this.caseRecords = caseRecords;
        this.clock = clock;
        this.access = access;
        this.taskWork = taskWork;
        this.formService = formService;
        this.taskService = taskService;
        this.feel = feel;
        this.accessLog = accessLog;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        CaseworkAccess.TaskOnCase found = access.task(user, taskId).orElseThrow(this::notFound);
        Map<String, Object> variables = taskService.getVariables(taskId);
        FormSchema schema = schema(taskId);
        Map<String, Object> values = new LinkedHashMap<>();
        schema.valueFields().forEach(f -> values.put(f.key(), variables.get(f.key())));
        // Case-file fields start from the case's latest answer: a second conversation builds on the first.
        Map<String, String> latest = new java.util.HashMap<>();
        caseRecords.findByCaseIdOrderByRecordedAtAscIdAsc(found.referralCase().getId())
                .forEach(r -> latest.put(r.getFieldKey(), r.getValue()));
        schema.valueFields().stream().filter(nl.welzijnsroute.casework.forms.FormField::inCaseFile)
                .forEach(f -> values.put(f.key(), latest.get(f.key())));
        accessLog.record(found.referralCase().getId(), user.userId(), AccessLogEntry.Action.VIEW_TASK,
                found.task().getName());
        return render(model, found, schema, values, Map.of(), variables, user);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> params,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        CaseworkAccess.TaskOnCase found = access.task(user, taskId).orElse(null);
        if (found == null) {
            // Completed meanwhile (by someone else, or by a double submit): say so, if it was theirs to see.
            String caseNumber = access.finishedTaskCase(user, taskId).orElseThrow(this::notFound).getCaseNumber();
            redirect.addFlashAttribute("message", "task.gone");
            return "redirect:/casussen/" + caseNumber;
        }
        Map<String, Object> variables;
        FormSchema schema;
        try {
            variables = taskService.getVariables(taskId);
            schema = schema(taskId);
        } catch (ProcessEngineException completedJustNow) {
            redirect.addFlashAttribute("message", "task.gone");
            return "redirect:/casussen/" + found.referralCase().getCaseNumber();
        }
        FormSubmission submission = FormSubmission.read(schema, params, feel, variables);
        String taskError = precondition(found);
        if (!submission.isValid() || taskError != null) {
            model.addAttribute("taskError", taskError);
            accessLog.record(found.referralCase().getId(), user.userId(), AccessLogEntry.Action.VIEW_TASK,
                    found.task().getName());
            return render(model, found, schema, submission.values(), submission.errors(), variables, user);
        }
        Map<nl.welzijnsroute.casework.forms.FormField, String> caseFile = submission.caseFileValues(schema);
        TaskWork.Outcome outcome = taskWork.complete(user, taskId, submission.processVariables(schema),
                task -> caseFile.forEach((field, value) -> caseRecords.save(new CaseRecord(
                        task.referralCase().getId(), taskId, task.task().getName(), field.key(),
                        field.label() == null ? field.key() : field.label(), value, user.userId(),
                        clock.instant()))));
        String caseNumber = found.referralCase().getCaseNumber();
        switch (outcome) {
            case DONE -> redirect.addFlashAttribute("message", "task.done");
            case GONE -> redirect.addFlashAttribute("message", "task.gone");
            case TAKEN_BY_SOMEONE_ELSE, NOT_ALLOWED -> redirect.addFlashAttribute("message", "task.takenBySomeoneElse");
        }
        return "redirect:/casussen/" + caseNumber;
    }

    private String render(Model model, CaseworkAccess.TaskOnCase found, FormSchema schema, Map<String, Object> values,
            Map<String, FormSubmission.FieldError> errors, Map<String, Object> variables, CurrentUser user) {
        model.addAttribute("task", found.task());
        model.addAttribute("referralCase", found.referralCase());
        model.addAttribute("client", found.referralCase().getClient());
        model.addAttribute("fields", schema.fields().stream()
                .filter(f -> !feel.isHidden(f, variables)).toList());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("markdown", (java.util.function.Function<String, String>) MarkdownText::toHtml);
        model.addAttribute("pgMissing", pgMissing(found));
        model.addAttribute("mayComplete", found.task().getAssignee() == null
                || found.task().getAssignee().equals(user.userId()));
        return "casework/task";
    }

    /**
     * What the journey needs before a task can be done, beyond its form: the warm handover needs at least one
     * hulpbron chosen (on the case page) to hand over to.
     */
    private String precondition(CaseworkAccess.TaskOnCase found) {
        if (nl.welzijnsroute.journey.WorProcess.Activity.ARRANGE_WARM_HANDOVER.equals(
                found.task().getTaskDefinitionKey()) && placements.chosen(found.referralCase().getId()).isEmpty()) {
            return "task.handover.noneChosen";
        }
        return null;
    }

    /**
     * Positieve Gezondheid belongs to the first conversation (T0) and to closure (T1); the page reminds the coach
     * while that moment's scores are missing (they are entered on the case page, in the app's own table).
     */
    private PgScore.Moment pgMissing(CaseworkAccess.TaskOnCase found) {
        PgScore.Moment moment = switch (found.task().getTaskDefinitionKey()) {
            case nl.welzijnsroute.journey.WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK -> PgScore.Moment.T0;
            case nl.welzijnsroute.journey.WorProcess.Activity.CONCLUDE_GUIDANCE -> PgScore.Moment.T1;
            default -> null;
        };
        if (moment == null) {
            return null;
        }
        boolean recorded = pgScores.findByCaseIdOrderByRecordedAtAscIdAsc(found.referralCase().getId()).stream()
                .anyMatch(score -> score.getMoment() == moment);
        return recorded ? null : moment;
    }

    private FormSchema schema(String taskId) {
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            return FormSchema.parse(form);
        } catch (IOException e) {
            throw new IllegalStateException("The form of task " + taskId + " cannot be read", e);
        }
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

}
