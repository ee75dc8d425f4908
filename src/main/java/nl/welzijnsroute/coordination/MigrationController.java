package nl.welzijnsroute.coordination;

import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.MessageSource;
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

/**
 * Migration at {@code /beheer/migratie} (coordinators): choose a process and an older version with running cases,
 * read what maps to the newest version and which cases would be left out, start the batch, and read the report per
 * case (stored, so any node shows it). Works without JavaScript; reload the report while the batch runs.
 */
@Controller
@RequestMapping("/beheer/migratie")
class MigrationController {

    private static final int RUNS_SHOWN = 20;

    private final MigrationService migrations;
    private final MessageSource messages;

    MigrationController(MigrationService migrations, MessageSource messages) {
        this.migrations = migrations;
        this.messages = messages;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("sources", migrations.sources());
        model.addAttribute("runs", migrations.latestRuns(RUNS_SHOWN));
        return "beheer/migratie";
    }

    @GetMapping("/plan")
    String plan(@RequestParam(required = false) String key, @RequestParam(required = false) String version,
            Model model, Locale locale) {
        ProcessDefinition source = source(key, version);
        try {
            model.addAttribute("preview", migrations.preview(source));
        } catch (MigrationRefusal refused) {
            return refusedOnIndex(refused, model, locale);
        }
        return "beheer/migratie-plan";
    }

    @PostMapping
    String start(@RequestParam(required = false) String key, @RequestParam(required = false) String version,
            @RequestParam(required = false) String target, Authentication authentication, Model model,
            Locale locale, RedirectAttributes redirect) {
        ProcessDefinition source = source(key, version);
        MigrationReport started;
        try {
            started = migrations.start(authentication.getName(), source, target);
        } catch (MigrationRefusal refused) {
            model.addAttribute("error", text(refused, locale));
            model.addAttribute("errorDetails", refused.details());
            try {
                model.addAttribute("preview", migrations.preview(source));
            } catch (MigrationRefusal alsoRefused) {
                return refusedOnIndex(alsoRefused, model, locale);
            }
            return "beheer/migratie-plan";
        }
        redirect.addFlashAttribute("notice", messages.getMessage("migratie.flash.started", new Object[] {
                started.count(MigrationCase.Status.PENDING), started.count(MigrationCase.Status.SKIPPED)}, locale));
        return "redirect:/beheer/migratie/" + started.run().id();
    }

    @GetMapping("/{id:\\d+}")
    String report(@PathVariable long id, Model model, Locale locale) {
        MigrationReport report = migrations.report(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("report", report);
        model.addAttribute("texts", report.cases().stream().collect(Collectors.toMap(
                MigrationCase::processInstanceId, c -> MigrationTexts.of(c, report.run(), messages, locale))));
        return "beheer/migratie-rapport";
    }

    /** The chosen version; 404 when it does not exist (or the choice is not a version at all). */
    private ProcessDefinition source(String key, String version) {
        try {
            return migrations.definition(key, Integer.parseInt(version == null ? "" : version.trim()));
        } catch (NumberFormatException | MigrationRefusal unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String refusedOnIndex(MigrationRefusal refused, Model model, Locale locale) {
        model.addAttribute("error", text(refused, locale));
        return index(model);
    }

    private String text(MigrationRefusal refused, Locale locale) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), locale);
    }
}
