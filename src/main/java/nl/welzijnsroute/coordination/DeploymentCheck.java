package nl.welzijnsroute.coordination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;

/**
 * Checks a set of files before anything is deployed, and plans what deploying them means. Every problem of every
 * file is found (not only the first), in Dutch; one problem anywhere and nothing is deployed.
 * <p>
 * The plan: a file identical to the newest deployed version of its definition is left out (no new version), a
 * changed file becomes version n+1. A process binds its forms, decisions or called processes with binding
 * "deployment" (the app's processes do, for their forms): those must be deployed together with it, so the newest
 * deployed ones are taken along; and a changed form or decision takes along the processes that bind it that way,
 * or they would never show it.
 */
@Service
public class DeploymentCheck {

    /** Per file; the API answers these as {"file", "message"}. */
    public record Problem(String file, String message) {
    }

    public enum Fate {
        /** Changed or new: deployed as the next version. */
        NEW_VERSION,
        /** The same as the newest deployed version: left out. */
        UNCHANGED,
        /** Not changed itself, but deployed along because a process binds it (or it binds a changed file). */
        TAKEN_ALONG
    }

    public record PlannedVersion(DefinitionType type, String key, int version) {
    }

    public record PlannedFile(UploadedFile file, DefinitionType type, List<String> keys, Fate fate, String reason,
            List<PlannedVersion> versions) {

        public boolean deployed() {
            return fate != Fate.UNCHANGED;
        }
    }

    public record Plan(List<PlannedFile> files, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }

        public List<UploadedFile> toDeploy() {
            return files.stream().filter(PlannedFile::deployed).map(PlannedFile::file).toList();
        }

        public boolean nothingChanged() {
            return ok() && files.stream().noneMatch(f -> f.fate() == Fate.NEW_VERSION);
        }

        public List<PlannedVersion> versions() {
            return files.stream().filter(PlannedFile::deployed).flatMap(f -> f.versions().stream()).toList();
        }
    }

    static final int MAX_FILE_BYTES = 1_000_000;
    static final int MAX_NOTE_LENGTH = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file read on its own: its keys, what it refers to, and its own problems. */
    private record Inspected(UploadedFile file, DefinitionType type, List<String> keys, BpmnFacts bpmn,
            List<String> problems) {
    }

    private final BpmnInspector bpmnInspector;
    private final DmnInspector dmnInspector;
    private final EngineParsers parsers;
    private final DeployedDefinitions deployed;
    private final IdentityService identityService;
    /** What the newest deployed processes bind, by process definition id (a definition never changes). */
    private final Map<String, BpmnFacts> deployedFacts = new ConcurrentHashMap<>();

    DeploymentCheck(BpmnInspector bpmnInspector, DmnInspector dmnInspector, EngineParsers parsers,
            DeployedDefinitions deployed, IdentityService identityService) {
        this.bpmnInspector = bpmnInspector;
        this.dmnInspector = dmnInspector;
        this.parsers = parsers;
        this.deployed = deployed;
        this.identityService = identityService;
    }

    /** The change note's problem, if any. */
    public static Optional<Problem> checkNote(String note) {
        if (note == null || note.isBlank()) {
            return Optional.of(new Problem("", "Schrijf bij de wijziging een toelichting: wat verandert er en waarom."));
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            return Optional.of(new Problem("", "De toelichting is te lang (hoogstens " + MAX_NOTE_LENGTH
                    + " tekens)."));
        }
        return Optional.empty();
    }

    public Plan check(List<UploadedFile> uploaded) {
        List<Problem> problems = new ArrayList<>();
        if (uploaded.isEmpty()) {
            problems.add(new Problem("", "Kies minstens één bestand (.bpmn, .dmn of .form)."));
            return new Plan(List.of(), problems);
        }
        List<Inspected> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (UploadedFile file : uploaded) {
            if (!names.add(file.name())) {
                problems.add(new Problem(file.name(), "Dit bestand is twee keer gekozen."));
                continue;
            }
            Inspected inspected = inspect(file);
            inspected.problems().forEach(p -> problems.add(new Problem(file.name(), p)));
            files.add(inspected);
        }
        duplicateKeys(files, problems);
        references(files, problems);
        if (!problems.isEmpty()) {
            return new Plan(plannedAsIs(files), problems);
        }
        return plan(files, problems);
    }

    private Inspected inspect(UploadedFile file) {
        Optional<DefinitionType> type = DefinitionType.ofFileName(file.name());
        if (type.isEmpty()) {
            return new Inspected(file, null, List.of(), null,
                    List.of("onbekend soort bestand: alleen .bpmn (proces), .dmn (beslissingstabel) en .form "
                            + "(formulier) kunnen worden gedeployed"));
        }
        if (file.content().length == 0) {
            return new Inspected(file, type.get(), List.of(), null, List.of("het bestand is leeg"));
        }
        if (file.content().length > MAX_FILE_BYTES) {
            return new Inspected(file, type.get(), List.of(), null,
                    List.of("het bestand is te groot (hoogstens 1 MB)"));
        }
        return switch (type.get()) {
            case PROCESS -> inspectBpmn(file);
            case DECISION -> inspectDmn(file);
            case FORM -> inspectForm(file);
        };
    }

    private Inspected inspectBpmn(UploadedFile file) {
        Document document;
        try {
            document = Xml.parse(file.content());
        } catch (Xml.Unreadable e) {
            return new Inspected(file, DefinitionType.PROCESS, List.of(), null, List.of(e.getMessage()));
        }
        BpmnFacts facts = bpmnInspector.inspect(document);
        List<String> problems = new ArrayList<>(facts.problems());
        if (!facts.namesCode()) {
            // The engine's parser instantiates form handler classes: only files without classes reach it.
            problems.addAll(parsers.bpmnErrors(file));
        }
        return new Inspected(file, DefinitionType.PROCESS, facts.processKeys(), facts, problems);
    }

    private Inspected inspectDmn(UploadedFile file) {
        Document document;
        try {
            document = Xml.parse(file.content());
        } catch (Xml.Unreadable e) {
            return new Inspected(file, DefinitionType.DECISION, List.of(), null, List.of(e.getMessage()));
        }
        DmnInspector.DmnFacts facts = dmnInspector.inspect(document);
        List<String> problems = new ArrayList<>(facts.problems());
        problems.addAll(parsers.dmnErrors(file));
        return new Inspected(file, DefinitionType.DECISION, facts.decisionKeys(), null, problems);
    }

    private Inspected inspectForm(UploadedFile file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.content());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Inspected(file, DefinitionType.FORM, List.of(), null,
                    List.of("geen geldige JSON (regel " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                            + "): " + e.getOriginalMessage()));
        } catch (IOException e) {
            return new Inspected(file, DefinitionType.FORM, List.of(), null, List.of("geen geldige JSON"));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            return new Inspected(file, DefinitionType.FORM, List.of(), null,
                    List.of("een formulier is een JSON-object, zoals Camunda Modeler het opslaat"));
        }
        JsonNode id = root.path("id");
        if (!id.isTextual() || id.asText().isBlank()) {
            problems.add("het formulier heeft geen id (in Camunda Modeler: Form ID); die id noemt een taak in "
                    + "Form reference");
        }
        if (!root.path("components").isArray()) {
            problems.add("het formulier heeft geen velden (components)");
        }
        List<String> keys = id.isTextual() && !id.asText().isBlank() ? List.of(id.asText()) : List.of();
        return new Inspected(file, DefinitionType.FORM, keys, null, problems);
    }

    private static void duplicateKeys(List<Inspected> files, List<Problem> problems) {
        Map<String, String> owner = new HashMap<>();
        for (Inspected file : files) {
            if (file.type() == null) {
                continue;
            }
            for (String key : file.keys()) {
                String previous = owner.putIfAbsent(file.type() + ":" + key, file.file().name());
                if (previous != null) {
                    problems.add(new Problem(file.file().name(), "“" + key + "” staat ook in " + previous
                            + "; kies één van beide"));
                }
            }
        }
    }

    /** Forms, decisions and called processes exist (in this set or deployed); so do literal groups and users. */
    private void references(List<Inspected> files, List<Problem> problems) {
        Set<String> forms = keysOf(files, DefinitionType.FORM);
        Set<String> decisions = keysOf(files, DefinitionType.DECISION);
        Set<String> processes = keysOf(files, DefinitionType.PROCESS);
        for (Inspected file : files) {
            if (file.bpmn() == null) {
                continue;
            }
            String name = file.file().name();
            for (BpmnFacts.Reference form : file.bpmn().forms()) {
                if (!forms.contains(form.key()) && deployed.latest(DefinitionType.FORM, form.key()).isEmpty()) {
                    problems.add(new Problem(name, "taak " + form.element() + ": formulier “" + form.key()
                            + "” bestaat niet; deploy het .form-bestand mee of kies een bestaand formulier"));
                }
            }
            for (BpmnFacts.Reference decision : file.bpmn().decisions()) {
                if (!decisions.contains(decision.key())
                        && deployed.latest(DefinitionType.DECISION, decision.key()).isEmpty()) {
                    problems.add(new Problem(name, "taak " + decision.element() + ": beslissing “" + decision.key()
                            + "” bestaat niet; deploy het .dmn-bestand mee of kies een bestaande beslissing"));
                }
            }
            for (BpmnFacts.Reference called : file.bpmn().calledProcesses()) {
                if (!processes.contains(called.key())
                        && deployed.latest(DefinitionType.PROCESS, called.key()).isEmpty()) {
                    problems.add(new Problem(name, "aanroep " + called.element() + ": proces “" + called.key()
                            + "” bestaat niet"));
                }
            }
            for (BpmnFacts.Reference group : file.bpmn().candidateGroups()) {
                if (identityService.createGroupQuery().groupId(group.key()).count() == 0) {
                    problems.add(new Problem(name, "taak " + group.element() + ": groep “" + group.key()
                            + "” bestaat niet (teams heten zoals team-pekela; of gebruik ${team})"));
                }
            }
            for (BpmnFacts.Reference user : file.bpmn().users()) {
                if (identityService.createUserQuery().userId(user.key()).count() == 0) {
                    problems.add(new Problem(name, "taak " + user.element() + ": gebruiker “" + user.key()
                            + "” bestaat niet"));
                }
            }
        }
    }

    private static Set<String> keysOf(List<Inspected> files, DefinitionType type) {
        Set<String> keys = new HashSet<>();
        files.stream().filter(f -> f.type() == type).forEach(f -> keys.addAll(f.keys()));
        return keys;
    }

    private Plan plan(List<Inspected> uploaded, List<Problem> problems) {
        // Changed or unchanged, against the newest deployed version of each key.
        Map<String, Inspected> byName = new LinkedHashMap<>();
        Map<String, Fate> fates = new LinkedHashMap<>();
        Map<String, String> reasons = new HashMap<>();
        for (Inspected file : uploaded) {
            byName.put(file.file().name(), file);
            fates.put(file.file().name(), changed(file) ? Fate.NEW_VERSION : Fate.UNCHANGED);
        }
        // Take along what binding "deployment" needs, until nothing more is needed.
        boolean more = true;
        while (more) {
            more = false;
            for (Inspected file : List.copyOf(byName.values())) {
                if (fates.get(file.file().name()) == Fate.UNCHANGED) {
                    continue;
                }
                if (file.bpmn() != null) {
                    for (BpmnFacts.Reference ref : bound(file.bpmn())) {
                        DefinitionType type = typeOf(file.bpmn(), ref);
                        if (provider(byName, fates, type, ref.key(), true).isPresent()) {
                            continue;
                        }
                        String reason = "nodig voor " + String.join(", ", file.keys()) + " (" + ref.element()
                                + " gebruikt het met binding “deployment”)";
                        Optional<Inspected> unchangedUpload = provider(byName, fates, type, ref.key(), false);
                        if (unchangedUpload.isPresent()) {
                            fates.put(unchangedUpload.get().file().name(), Fate.TAKEN_ALONG);
                            reasons.put(unchangedUpload.get().file().name(), reason);
                            more = true;
                        } else {
                            Optional<DeployedDefinitions.Version> latest = deployed.latest(type, ref.key());
                            if (latest.isPresent()) {
                                more |= takeAlong(latest.get(), reason, byName, fates, reasons, problems);
                            }
                        }
                    }
                } else if (file.type() == DefinitionType.FORM || file.type() == DefinitionType.DECISION) {
                    for (String key : file.keys()) {
                        for (DeployedDefinitions.Version process : processesBinding(file.type(), key)) {
                            if (provider(byName, fates, DefinitionType.PROCESS, process.key(), true).isPresent()) {
                                continue;
                            }
                            String reason = "gebruikt " + key + " met binding “deployment”: zonder nieuwe versie "
                                    + "van het proces blijven nieuwe casussen het oude " + (file.type()
                                    == DefinitionType.FORM ? "formulier" : "besluit") + " gebruiken";
                            Optional<Inspected> unchangedUpload =
                                    provider(byName, fates, DefinitionType.PROCESS, process.key(), false);
                            if (unchangedUpload.isPresent()) {
                                fates.put(unchangedUpload.get().file().name(), Fate.TAKEN_ALONG);
                                reasons.put(unchangedUpload.get().file().name(), reason);
                                more = true;
                            } else {
                                more |= takeAlong(process, reason, byName, fates, reasons, problems);
                            }
                        }
                    }
                }
            }
        }
        List<PlannedFile> planned = new ArrayList<>();
        for (Inspected file : byName.values()) {
            Fate fate = fates.get(file.file().name());
            List<PlannedVersion> versions = file.keys().stream().map(key -> new PlannedVersion(file.type(), key,
                    deployed.latest(file.type(), key).map(v -> v.version() + 1).orElse(1))).toList();
            planned.add(new PlannedFile(file.file(), file.type(), file.keys(), fate,
                    reasons.get(file.file().name()), versions));
        }
        return new Plan(planned, problems);
    }

    private boolean takeAlong(DeployedDefinitions.Version version, String reason, Map<String, Inspected> byName,
            Map<String, Fate> fates, Map<String, String> reasons, List<Problem> problems) {
        UploadedFile file = new UploadedFile(version.fileName(), deployed.content(version));
        if (byName.containsKey(file.name())) {
            problems.add(new Problem(file.name(), "moet mee worden gedeployed (" + reason + "), maar een ander "
                    + "bestand in deze set heeft dezelfde naam; geef het een andere naam"));
            return false;
        }
        Inspected inspected = inspect(file);
        inspected.problems().forEach(p -> problems.add(new Problem(file.name(), "(meegenomen) " + p)));
        byName.put(file.name(), inspected);
        fates.put(file.name(), Fate.TAKEN_ALONG);
        reasons.put(file.name(), reason);
        return true;
    }

    /** A file of the set that defines the key, deployed (changed or taken along) or not. */
    private static Optional<Inspected> provider(Map<String, Inspected> byName, Map<String, Fate> fates,
            DefinitionType type, String key, boolean deployedOnes) {
        return byName.values().stream().filter(f -> f.type() == type && f.keys().contains(key))
                .filter(f -> (fates.get(f.file().name()) != Fate.UNCHANGED) == deployedOnes).findFirst();
    }

    private static List<BpmnFacts.Reference> bound(BpmnFacts facts) {
        List<BpmnFacts.Reference> bound = new ArrayList<>();
        facts.forms().stream().filter(BpmnFacts.Reference::boundToDeployment).forEach(bound::add);
        facts.decisions().stream().filter(BpmnFacts.Reference::boundToDeployment).forEach(bound::add);
        facts.calledProcesses().stream().filter(BpmnFacts.Reference::boundToDeployment).forEach(bound::add);
        return bound;
    }

    private static DefinitionType typeOf(BpmnFacts facts, BpmnFacts.Reference ref) {
        return facts.forms().contains(ref) ? DefinitionType.FORM
                : facts.decisions().contains(ref) ? DefinitionType.DECISION : DefinitionType.PROCESS;
    }

    /** The newest versions of deployed processes that bind the form or decision with binding "deployment". */
    private List<DeployedDefinitions.Version> processesBinding(DefinitionType type, String key) {
        List<DeployedDefinitions.Version> binding = new ArrayList<>();
        for (DeployedDefinitions.Definition process : deployed.all(DefinitionType.PROCESS, false)) {
            DeployedDefinitions.Version latest = process.latest();
            BpmnFacts facts = factsOf(latest);
            if (facts == null) {
                continue;
            }
            List<BpmnFacts.Reference> refs = type == DefinitionType.FORM ? facts.forms() : facts.decisions();
            if (refs.stream().anyMatch(r -> r.key().equals(key) && r.boundToDeployment())) {
                binding.add(latest);
            }
        }
        return binding;
    }

    private BpmnFacts factsOf(DeployedDefinitions.Version process) {
        return deployedFacts.computeIfAbsent(process.definitionId(), id -> {
            try {
                return bpmnInspector.inspect(Xml.parse(deployed.content(process)));
            } catch (Xml.Unreadable e) {
                return new BpmnFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        false);
            }
        });
    }

    /** New, or different from the newest deployed version of any of its keys. */
    private boolean changed(Inspected file) {
        for (String key : file.keys()) {
            Optional<DeployedDefinitions.Version> latest = deployed.latest(file.type(), key);
            if (latest.isEmpty() || !Arrays.equals(deployed.content(latest.get()), file.file().content())) {
                return true;
            }
        }
        return file.keys().isEmpty();
    }

    private static List<PlannedFile> plannedAsIs(List<Inspected> files) {
        return files.stream().map(f -> new PlannedFile(f.file(), f.type(), f.keys(), Fate.NEW_VERSION, null,
                List.of())).toList();
    }
}
