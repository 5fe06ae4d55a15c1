package it.modulistica.app.pages.catalog;

import it.modulistica.app.catalog.Category;
import it.modulistica.app.catalog.ModuleCatalogue;
import it.modulistica.app.instances.Callers;
import it.modulistica.app.notices.Notices;
import it.modulistica.app.pages.NoticeViews;
import it.modulistica.app.pages.InstanceLabels;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import it.modulistica.engine.lifecycle.ModuleNotFound;
import it.modulistica.engine.lifecycle.NotAMember;
import it.modulistica.engine.lifecycle.OrganisationNotAllowed;
import it.modulistica.engine.lifecycle.OrganisationRequired;
import it.modulistica.engine.window.ModuleClosed;
import it.modulistica.engine.window.OpeningWindows;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Nuova istanza: the categories, the modules of one, and the start of an instance ("Compila"). A
 * refused start shows the category page again with the reason at the top and beside the module.
 */
@Controller
class CatalogPages {

    private final FormCatalog catalog;
    private final ModuleCatalogue modules;
    private final OpeningWindows windows;
    private final InstanceLifecycle lifecycle;
    private final Clock clock;

    private final Callers callers;
    private final Notices notices;
    private final NoticeViews noticeViews;

    CatalogPages(Callers callers, FormCatalog catalog, ModuleCatalogue modules, OpeningWindows windows, InstanceLifecycle lifecycle,
            Clock clock, Notices notices, NoticeViews noticeViews) {
        this.callers = callers;
        this.notices = notices;
        this.noticeViews = noticeViews;
        this.catalog = catalog;
        this.modules = modules;
        this.windows = windows;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** A category card: the category and how many modules it lists. */
    public record CategoryCard(Category category, int modules) {
    }

    /**
     * A module as the category page lists it.
     *
     * @param organisation  whether it is compiled for an organisation, which the user then chooses
     * @param organisations the organisations the user may choose
     * @param suspension    why an admin suspended the module; empty when it is published
     */
    public record Module(String code, String title, String description, boolean open, String opensDate, String opensTime,
            String closesDate, String closesTime, boolean organisation, List<OrganisationChoice> organisations,
            String suspension) {
    }

    /** Why starting a module was refused, and the organisation chosen then. */
    public record Refusal(String form, String message, String organisation) {
    }

    @GetMapping("/nuova-istanza")
    String categories(Model model) {
        model.addAttribute("categories", modules.sections().stream()
                .map(section -> new CategoryCard(section.category(), section.modules().size())).toList());
        model.addAttribute("notices", noticeViews.of(notices.valid(Set.of(), Set.of())));
        return "pages/categories";
    }

    @GetMapping("/nuova-istanza/{category}")
    String category(@PathVariable String category, Authentication user, Locale locale, Model model) {
        ModuleCatalogue.Section section = modules.section(category)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("category", section.category());
        model.addAttribute("modules", section.modules().stream().map(listed -> module(listed, user, locale)).toList());
        model.addAttribute("notices", noticeViews.of(notices.valid(Set.of(category), Set.of())));
        model.addAttribute("moduleNotices", section.modules().stream().collect(Collectors.toMap(
                listed -> listed.definition().code(),
                listed -> noticeViews.of(notices.validForModule(listed.definition().code())))));
        return "pages/category";
    }

    @PostMapping("/istanze")
    String create(@RequestParam String form, @RequestParam(required = false) String organisation,
            Authentication user, Locale locale, Model model, HttpServletResponse response) {
        FormDefinition definition = catalog.find(form).orElseThrow(() -> new ModuleNotFound(form));
        String chosen = OrganisationChoice.chosen(organisation);
        try {
            Instance created = lifecycle.create(form, callers.of(user), chosen);
            return "redirect:/istanze/" + created.id() + "/passo/1";
        } catch (ModuleClosed closed) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return refused(definition, closed.getMessage(), chosen, user, locale, model);
        } catch (NotAMember | OrganisationNotAllowed forbidden) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return refused(definition, forbidden.getMessage(), chosen, user, locale, model);
        } catch (OrganisationRequired required) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return refused(definition, required.getMessage(), chosen, user, locale, model);
        }
    }

    private String refused(FormDefinition definition, String message, String organisation, Authentication user,
            Locale locale, Model model) {
        model.addAttribute("refusal", new Refusal(definition.code(), message, organisation == null ? "" : organisation));
        return category(modules.find(definition.code()).map(ModuleCatalogue.Listed::category)
                .orElse(definition.category()), user, locale, model);
    }

    private Module module(ModuleCatalogue.Listed listed, Authentication user, Locale locale) {
        FormDefinition definition = listed.definition();
        OpeningWindow window = windows.effective(definition);
        List<OrganisationChoice> choices = OrganisationChoice.of(user, definition.compilers());
        boolean open = windows.isOpen(definition, null, clock.instant());
        // Past its window, a module is still offered to the organisations an unlock lets compile it.
        boolean unlocked = !open && choices.stream()
                .anyMatch(choice -> windows.isOpen(definition, choice.code(), clock.instant()));
        LocalDateTime closes = unlocked ? null : window.closes();
        return new Module(definition.code(), definition.title().in(locale), definition.description().in(locale),
                open || unlocked,
                InstanceLabels.date(window.opens()), InstanceLabels.time(window.opens()),
                InstanceLabels.date(closes), InstanceLabels.time(closes),
                definition.compilers().requiresOrganisation(), choices,
                listed.suspended() ? listed.publication().reason() : "");
    }
}
