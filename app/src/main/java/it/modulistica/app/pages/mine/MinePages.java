package it.modulistica.app.pages.mine;

import it.modulistica.app.instances.Callers;
import it.modulistica.app.pages.InstanceLabels;
import it.modulistica.app.security.UserAccount;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.InstanceCursor;
import it.modulistica.engine.lifecycle.InstancePage;
import it.modulistica.engine.lifecycle.InstanceQuery;
import it.modulistica.engine.lifecycle.InstanceSummary;
import it.modulistica.engine.lifecycle.MyInstances;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Le mie istanze (by tab; members of an organisation also see "Dell'ente", the instances others
 * started for it), Cerca istanza (by criteria) and the star toggle of "Importanti".
 */
@Controller
class MinePages {

    static final int PAGE_SIZE = 10;
    static final List<String> TABS = List.of("in-lavorazione", "importanti", "inviate", "in-attesa-integrazione");
    static final String STARRED_TAB = "importanti";
    /** The instances others started for the user's organisations; shown to members of an organisation only. */
    static final String ORGANISATION_TAB = "dell-ente";

    private final MyInstances myInstances;
    private final InstanceLabels labels;
    private final FormCatalog catalog;

    private final Callers callers;

    MinePages(Callers callers, MyInstances myInstances, InstanceLabels labels, FormCatalog catalog) {
        this.callers = callers;
        this.myInstances = myInstances;
        this.labels = labels;
        this.catalog = catalog;
    }

    /** A row of the list; {@code editable} rows open the wizard where they were left. */
    public record Row(String id, boolean starred, String module, String number, String createdAt, String sentAt,
            String state, boolean editable) {
    }

    /** A choice of the search form's selects. */
    public record Choice(String value, String label) {
    }

    @GetMapping("/le-mie-istanze")
    String mine(@RequestParam(defaultValue = "in-lavorazione") String tab, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before,
            Authentication user, Locale locale, Model model) {
        List<String> organisations = user.getPrincipal() instanceof UserAccount account
                ? account.memberships().stream().map(m -> m.organisation().code()).distinct().toList() : List.of();
        List<String> tabs = organisations.isEmpty() ? TABS
                : Stream.concat(TABS.stream(), Stream.of(ORGANISATION_TAB)).toList();
        String current = tabs.contains(tab) ? tab : TABS.get(0);
        Caller caller = callers.of(user);
        String base = "/le-mie-istanze?tab=" + current;
        if (current.equals(ORGANISATION_TAB)) {
            List<String> shared = catalog.published().stream().filter(d -> d.compilers().sharedWithOrganisation())
                    .map(FormDefinition::code).toList();
            list(myInstances.ofOrganisations(caller, organisations, shared, Math.max(page, 0), PAGE_SIZE), false,
                    base, locale, model);
        } else {
            boolean starred = current.equals(STARRED_TAB);
            InstanceQuery query = new InstanceQuery(starred ? null : current, null, null, null, null, null,
                    starred ? Boolean.TRUE : null, Math.max(page, 0), PAGE_SIZE, cursor(after),
                    cursor(after) == null ? cursor(before) : null);
            list(myInstances.search(caller, query), true, base, locale, model);
        }
        model.addAttribute("tabs", tabs);
        model.addAttribute("current", current);
        model.addAttribute("back", base + position(page, after, before));
        return "pages/mine";
    }

    @GetMapping("/cerca-istanza")
    String search(@RequestParam(required = false) String number, @RequestParam(required = false) String form,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, Authentication user, Locale locale, Model model) {
        InstanceQuery query = new InstanceQuery(null, blankToNull(form), blankToNull(state), blankToNull(number), from,
                to, null, Math.max(page, 0), PAGE_SIZE, cursor(after),
                cursor(after) == null ? cursor(before) : null);
        String criteria = "number=" + encode(number) + "&form=" + encode(form) + "&state=" + encode(state)
                + "&from=" + (from == null ? "" : from) + "&to=" + (to == null ? "" : to);
        list(myInstances.search(callers.of(user), query), true, "/cerca-istanza?" + criteria, locale, model);
        model.addAttribute("modules", catalog.published().stream()
                .map(d -> new Choice(d.code(), d.title().in(locale))).toList());
        model.addAttribute("states", catalog.workflows().values().stream().flatMap(w -> w.states().stream())
                .map(s -> new Choice(s.code(), s.label().in(locale))).distinct().toList());
        model.addAttribute("criteria", new Criteria(orEmpty(number), orEmpty(form), orEmpty(state),
                from == null ? "" : from.toString(), to == null ? "" : to.toString()));
        model.addAttribute("back", "/cerca-istanza?" + criteria + position(page, after, before));
        return "pages/search";
    }

    /** The search form's values as typed. */
    public record Criteria(String number, String form, String state, String from, String to) {
    }

    @PostMapping("/istanze/{id}/importante")
    String star(@PathVariable UUID id, @RequestParam boolean starred, @RequestParam(required = false) String back,
            Authentication user) {
        Caller caller = callers.of(user);
        if (starred) {
            myInstances.star(id, caller);
        } else {
            myInstances.unstar(id, caller);
        }
        boolean local = back != null && (back.startsWith("/le-mie-istanze") || back.startsWith("/cerca-istanza"));
        return "redirect:" + (local ? back : "/le-mie-istanze");
    }

    /**
     * The rows of a page of instances; {@code owned} when they are the caller's own, whose drafts they
     * may resume. The links go to the previous and next page (keyset cursors: as fast at any depth);
     * the count stops at {@link InstancePage#COUNT_CAP}.
     */
    private void list(InstancePage found, boolean owned, String base, Locale locale, Model model) {
        List<Row> rows = found.items().stream().map(summary -> row(summary, owned, locale)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("total", found.total());
        model.addAttribute("totalCapped", found.totalCapped());
        model.addAttribute("nextPage", found.next() == null ? "" : base + "&after=" + found.next().token());
        model.addAttribute("previousPage", found.previous() == null ? ""
                : base + "&before=" + found.previous().token());
    }

    /** A token that is not a cursor (edited by hand) starts the list from its first page. */
    private static InstanceCursor cursor(String token) {
        return token == null || token.isBlank() ? null : InstanceCursor.parse(token.strip()).orElse(null);
    }

    /** Where the page shown starts, for the links that come back to it. */
    private static String position(int page, String after, String before) {
        if (cursor(after) != null) {
            return "&after=" + after.strip();
        }
        if (cursor(before) != null) {
            return "&before=" + before.strip();
        }
        return page > 0 ? "&page=" + page : "";
    }

    private Row row(InstanceSummary summary, boolean owned, Locale locale) {
        boolean editable = owned && labels.module(summary.formCode())
                .flatMap(definition -> labels.workflow(definition.workflow()))
                .flatMap(workflow -> workflow.state(summary.state()))
                .map(state -> state.ownerMayEdit()).orElse(false);
        return new Row(summary.id().toString(), summary.starred(), labels.moduleTitle(summary.formCode(), locale),
                summary.number() == null ? "" : summary.number(), InstanceLabels.dateTime(summary.createdAt()),
                InstanceLabels.dateTime(summary.sentAt()),
                labels.stateLabel(summary.formCode(), summary.state(), locale), editable);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String encode(String text) {
        return text == null ? "" : java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
