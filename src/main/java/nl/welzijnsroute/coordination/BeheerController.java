package nl.welzijnsroute.coordination;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Beheer for coordinators: what is deployed (processes, decision tables, forms, their versions, who deployed each
 * and why, running cases per version), uploading changed files with a check and a what-if before they go live,
 * and rolling back by deploying an earlier version again. Migration and teams have their own pages.
 */
@Controller
class BeheerController {

    static final int AUDIT_EVENTS_SHOWN = 20;

    private final DeployedDefinitions deployed;
    private final DeploymentCheck check;
    private final DefinitionDeployer deployer;
    private final PendingDeployments pending;
    private final WhatIf whatIf;
    private final AuditLog auditLog;
    private final Rollbacks rollbacks;

    BeheerController(DeployedDefinitions deployed, DeploymentCheck check, DefinitionDeployer deployer,
            PendingDeployments pending, WhatIf whatIf, AuditLog auditLog, Rollbacks rollbacks) {
        this.deployed = deployed;
        this.check = check;
        this.deployer = deployer;
        this.pending = pending;
        this.whatIf = whatIf;
        this.auditLog = auditLog;
        this.rollbacks = rollbacks;
    }

    @GetMapping("/beheer")
    String index(Model model) {
        model.addAttribute("processes", deployed.all(DefinitionType.PROCESS, true));
        model.addAttribute("decisions", deployed.all(DefinitionType.DECISION, false));
        model.addAttribute("forms", deployed.all(DefinitionType.FORM, false));
        model.addAttribute("auditEvents", auditLog.latest(AUDIT_EVENTS_SHOWN));
        return "beheer/index";
    }

    @GetMapping("/beheer/{segment:processen|beslissingen|formulieren}/{key}")
    String definition(@PathVariable String segment, @PathVariable String key,
            @RequestParam(name = "versie", required = false) Integer shownVersion, Model model) {
        DefinitionType type = type(segment);
        DeployedDefinitions.Definition definition = deployed.find(type, key).orElseThrow(BeheerController::notFound);
        DeployedDefinitions.Version shown = shownVersion == null ? definition.latest()
                : definition.versions().stream().filter(v -> v.version() == shownVersion).findFirst()
                        .orElseThrow(BeheerController::notFound);
        model.addAttribute("definition", definition);
        model.addAttribute("shown", shown);
        model.addAttribute("segment", segment);
        if (type == DefinitionType.DECISION) {
            model.addAttribute("tables", DefinitionViews.decisionTables(deployed.content(shown)));
        } else if (type == DefinitionType.FORM) {
            model.addAttribute("fields", DefinitionViews.formFields(deployed.content(shown)));
        }
        return "beheer/definition";
    }

    /**
     * The file as deployed, to open in Camunda Modeler; the diagram viewer fetches it too. Always an attachment in
     * a sandbox: an uploaded XML file opened in the browser must not run anything it carries.
     */
    @GetMapping("/beheer/{segment:processen|beslissingen|formulieren}/{key}/versies/{version}/bestand")
    ResponseEntity<byte[]> download(@PathVariable String segment, @PathVariable String key,
            @PathVariable int version) {
        DeployedDefinitions.Version found = deployed.version(type(segment), key, version)
                .orElseThrow(BeheerController::notFound);
        MediaType mediaType = found.type() == DefinitionType.FORM ? MediaType.APPLICATION_JSON
                : MediaType.APPLICATION_XML;
        return ResponseEntity.ok().contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(found.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(deployed.content(found));
    }

    @PostMapping("/beheer/{segment:processen|beslissingen|formulieren}/{key}/versies/{version}/terugzetten")
    String rollback(@PathVariable String segment, @PathVariable String key, @PathVariable int version,
            @RequestParam(defaultValue = "") String note, Authentication authentication,
            RedirectAttributes redirect) {
        DeployedDefinitions.Version found = deployed.version(type(segment), key, version)
                .orElseThrow(BeheerController::notFound);
        if (DeploymentCheck.checkNote(note).isPresent()) {
            redirect.addFlashAttribute("message", "beheer.rollback.noteMissing");
            return "redirect:/beheer/" + segment + "/" + key + "?versie=" + version;
        }
        String id = pending.save(authentication.getName(), note.trim(), rollbacks.filesFor(found));
        return "redirect:/beheer/deploy/" + id;
    }

    @GetMapping("/beheer/deploy")
    String uploadForm(Model model) {
        model.addAttribute("note", "");
        model.addAttribute("problems", List.of());
        return "beheer/deploy";
    }

    @PostMapping("/beheer/deploy")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "") String note, Authentication authentication, Model model) {
        List<UploadedFile> uploaded = read(files);
        List<DeploymentCheck.Problem> problems = new ArrayList<>();
        DeploymentCheck.checkNote(note).ifPresent(problems::add);
        DeploymentCheck.Plan plan = check.check(uploaded);
        problems.addAll(plan.problems());
        if (!problems.isEmpty()) {
            model.addAttribute("note", note);
            model.addAttribute("problems", problems);
            model.addAttribute("problemsByFile", byFile(problems));
            model.addAttribute("fileNames", uploaded.stream().map(UploadedFile::name).toList());
            return "beheer/deploy";
        }
        String id = pending.save(authentication.getName(), note.trim(), uploaded);
        return "redirect:/beheer/deploy/" + id;
    }

    @GetMapping("/beheer/deploy/{id}")
    String preview(@PathVariable String id, @RequestParam(name = "dagen", defaultValue = "" + WhatIf.DEFAULT_DAYS) int days,
            @RequestParam(name = "max", defaultValue = "" + WhatIf.DEFAULT_MAX_CASES) int maxCases,
            Authentication authentication, Model model) {
        PendingDeployments.Pending found = pending.find(id, authentication.getName())
                .orElseThrow(BeheerController::notFound);
        DeploymentCheck.Plan plan = check.check(found.files());
        WhatIf.Parameters parameters = new WhatIf.Parameters(days, maxCases);
        List<WhatIf.Result> whatIfs = new ArrayList<>();
        if (plan.ok()) {
            plan.files().stream()
                    .filter(f -> f.type() == DefinitionType.DECISION && f.fate() == DeploymentCheck.Fate.NEW_VERSION)
                    .forEach(f -> whatIfs.addAll(whatIf.compare(f.file(), parameters)));
        }
        model.addAttribute("pending", found);
        model.addAttribute("plan", plan);
        model.addAttribute("problemsByFile", byFile(plan.problems()));
        model.addAttribute("whatIfs", whatIfs);
        model.addAttribute("parameters", parameters);
        return "beheer/preview";
    }

    @PostMapping("/beheer/deploy/{id}")
    String confirm(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        PendingDeployments.Pending found = pending.find(id, authentication.getName())
                .orElseThrow(BeheerController::notFound);
        DefinitionDeployer.Outcome outcome;
        try {
            outcome = deployer.deploy(authentication.getName(), found.note(), found.files());
        } catch (DefinitionDeployer.Refused refused) {
            // Something changed since the preview (a group removed, a form deployed): the preview shows why.
            return "redirect:/beheer/deploy/" + id;
        }
        pending.delete(id);
        if (!outcome.deployed()) {
            redirect.addFlashAttribute("message", "beheer.deploy.nothingChanged");
            return "redirect:/beheer";
        }
        redirect.addFlashAttribute("message", "beheer.deploy.done");
        return "redirect:/beheer/deployments/" + outcome.deploymentId();
    }

    @PostMapping("/beheer/deploy/{id}/annuleren")
    String cancel(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        pending.find(id, authentication.getName()).ifPresent(p -> pending.delete(p.id()));
        redirect.addFlashAttribute("message", "beheer.deploy.cancelled");
        return "redirect:/beheer";
    }

    @GetMapping("/beheer/deployments/{deploymentId}")
    String deployment(@PathVariable String deploymentId, Model model) {
        model.addAttribute("deployment", deployed.deployment(deploymentId).orElseThrow(BeheerController::notFound));
        model.addAttribute("note", deployed.note(deploymentId).orElse(null));
        model.addAttribute("versions", deployed.inDeployment(deploymentId));
        return "beheer/deployment";
    }

    static List<UploadedFile> read(List<MultipartFile> files) {
        List<UploadedFile> uploaded = new ArrayList<>();
        if (files == null) {
            return uploaded;
        }
        for (MultipartFile file : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                String name = Optional.ofNullable(file.getOriginalFilename()).filter(n -> !n.isBlank())
                        .orElse(file.getName());
                uploaded.add(new UploadedFile(name, file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploaded;
    }

    /** Problems grouped per file, in order; "" holds those of the whole upload (the note). */
    static Map<String, List<String>> byFile(List<DeploymentCheck.Problem> problems) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        problems.forEach(p -> grouped.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p.message()));
        return grouped;
    }

    private static DefinitionType type(String segment) {
        return DefinitionType.ofPathSegment(segment).orElseThrow(BeheerController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
