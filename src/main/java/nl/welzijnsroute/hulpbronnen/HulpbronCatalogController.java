package nl.welzijnsroute.hulpbronnen;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.Reason;
import nl.welzijnsroute.security.CurrentUser;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sociale kaart at {@code /hulpbronnen}: coaches and coordinators search it (coaches see only active
 * hulpbronnen); coordinators add and change hulpbronnen and (de)activate them. The URL rules let coaches and
 * coordinators in; who may change the kaart is decided here. Works without JavaScript, validated on the server, one
 * hulpbron per submitted "nieuw" form.
 */
@Controller
@RequestMapping("/hulpbronnen")
class HulpbronCatalogController {

    private static final Pattern FORM_KEY = Pattern.compile("[0-9a-f-]{36}");

    private final HulpbronSearch search;
    private final HulpbronCatalog catalog;

    HulpbronCatalogController(HulpbronSearch search, HulpbronCatalog catalog) {
        this.search = search;
        this.catalog = catalog;
    }

    /** The filters as asked; values that name nothing are ignored. */
    public record Filter(String gemeente, String theme, String kind, boolean free) {

        public Municipality municipality() {
            return Municipality.fromDisplayName(gemeente).orElse(null);
        }

        public Reason reason() {
            return Arrays.stream(Reason.values()).filter(r -> r.name().equals(theme)).findFirst().orElse(null);
        }

        public HulpbronKind hulpbronKind() {
            return Arrays.stream(HulpbronKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        }
    }

    /** A facilitator to tick on the form; {@code known} is false for a submitted id that is not a begeleider. */
    public record BegeleiderOption(String id, String name, boolean known) {
    }

    @ModelAttribute("municipalities")
    Municipality[] municipalities() {
        return Municipality.values();
    }

    @ModelAttribute("allReasons")
    Reason[] reasons() {
        return Reason.values();
    }

    @ModelAttribute("kinds")
    HulpbronKind[] kinds() {
        return HulpbronKind.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String free,
            Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        Filter filter = new Filter(gemeente, theme, kind, "true".equals(free));
        List<Hulpbron> found = search.search(filter.municipality(), filter.reason(), filter.hulpbronKind(),
                filter.free(), user.isCoordinator());
        model.addAttribute("filter", filter);
        model.addAttribute("hulpbronnen", found);
        model.addAttribute("isCoordinator", user.isCoordinator());
        model.addAttribute("allMunicipalities", Municipality.values().length);
        return "hulpbronnen/list";
    }

    @GetMapping("/nieuw")
    String newForm(Authentication authentication, Model model) {
        requireCoordinator(authentication);
        model.addAttribute("hulpbron", new HulpbronForm());
        // The key of this form: a double click or back-and-resubmit sends it again and finds the same hulpbron.
        model.addAttribute("formKey", UUID.randomUUID().toString());
        return formPage(model, null, Set.of());
    }

    @PostMapping("/nieuw")
    String create(@Valid @ModelAttribute("hulpbron") HulpbronForm form, BindingResult result,
            @RequestParam(name = "formKey", required = false) String formKey, Authentication authentication,
            Model model, RedirectAttributes redirect) {
        requireCoordinator(authentication);
        if (formKey != null && FORM_KEY.matcher(formKey).matches()) {
            Optional<Hulpbron> earlier = catalog.createdBy(formKey);
            if (earlier.isPresent()) {
                return created(earlier.get(), redirect);
            }
        } else {
            formKey = UUID.randomUUID().toString();
        }
        Set<String> unknown = checkBegeleiders(form, result);
        if (result.hasErrors()) {
            model.addAttribute("formKey", formKey);
            return formPage(model, null, unknown);
        }
        return created(catalog.create(form, formKey), redirect);
    }

    @GetMapping("/{id}/bewerken")
    String editForm(@PathVariable long id, Authentication authentication, Model model) {
        requireCoordinator(authentication);
        Hulpbron current = catalog.find(id).orElseThrow(HulpbronCatalogController::notFound);
        model.addAttribute("hulpbron", HulpbronForm.of(current));
        // A facilitator who left group begeleider stays visible (ticked, marked) rather than silently dropped.
        return formPage(model, current, catalog.notBegeleiders(current.getBegeleiders()));
    }

    @PostMapping("/{id}/bewerken")
    String update(@PathVariable long id, @Valid @ModelAttribute("hulpbron") HulpbronForm form, BindingResult result,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        requireCoordinator(authentication);
        Hulpbron current = catalog.find(id).orElseThrow(HulpbronCatalogController::notFound);
        Set<String> unknown = checkBegeleiders(form, result);
        if (!result.hasFieldErrors("places") && form.getPlaces() != null
                && form.getPlaces() < current.getPlacesTaken()) {
            placesBelowTaken(result, current.getPlacesTaken());
        }
        if (!result.hasErrors()) {
            switch (catalog.update(id, form)) {
                case SAVED -> {
                    redirect.addFlashAttribute("message", "hulpbron.saved");
                    return "redirect:/hulpbronnen#hulpbron-" + id;
                }
                case NOT_FOUND -> throw notFound();
                case PLACES_BELOW_TAKEN -> {
                    current = catalog.find(id).orElseThrow(HulpbronCatalogController::notFound);
                    placesBelowTaken(result, current.getPlacesTaken());
                }
            }
        }
        return formPage(model, current, unknown);
    }

    @PostMapping("/{id}/deactiveren")
    String deactivate(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        return setActive(id, false, authentication, redirect);
    }

    @PostMapping("/{id}/activeren")
    String activate(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        return setActive(id, true, authentication, redirect);
    }

    private String setActive(long id, boolean active, Authentication authentication, RedirectAttributes redirect) {
        requireCoordinator(authentication);
        if (!catalog.setActive(id, active)) {
            throw notFound();
        }
        redirect.addFlashAttribute("message", active ? "hulpbron.activated" : "hulpbron.deactivated");
        return "redirect:/hulpbronnen#hulpbron-" + id;
    }

    private static String created(Hulpbron hulpbron, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "hulpbron.created");
        return "redirect:/hulpbronnen#hulpbron-" + hulpbron.getId();
    }

    /** Facilitators must be members of group begeleider; returns the ids that are not. */
    private Set<String> checkBegeleiders(HulpbronForm form, BindingResult result) {
        Set<String> unknown = catalog.notBegeleiders(form.begeleiderIds());
        if (!unknown.isEmpty()) {
            result.rejectValue("begeleiders", "hulpbron.begeleiders.unknown", new Object[] {String.join(", ", unknown)},
                    null);
        }
        return unknown;
    }

    private static void placesBelowTaken(BindingResult result, int taken) {
        result.rejectValue("places", "hulpbron.places.belowTaken", new Object[] {taken}, null);
    }

    /** The form, new ({@code current} null) or for an existing hulpbron; unknown facilitators stay ticked. */
    private String formPage(Model model, Hulpbron current, Set<String> unknownBegeleiders) {
        List<BegeleiderOption> options = new ArrayList<>();
        for (User user : catalog.begeleiders()) {
            options.add(new BegeleiderOption(user.getId(), fullName(user), true));
        }
        unknownBegeleiders.forEach(id -> options.add(new BegeleiderOption(id, id, false)));
        model.addAttribute("begeleiderOptions", options);
        model.addAttribute("current", current);
        model.addAttribute("maxPlaces", HulpbronForm.MAX_PLACES);
        return "hulpbronnen/form";
    }

    private static String fullName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
    }

    private static void requireCoordinator(Authentication authentication) {
        if (!CurrentUser.of(authentication).isCoordinator()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
