package it.modulistica.app.pages.backoffice;

import it.modulistica.app.backoffice.BackofficeFilters;
import it.modulistica.app.backoffice.InvalidFilter;
import it.modulistica.app.backoffice.OperatorModules;
import it.modulistica.app.backoffice.StatisticsChart;
import it.modulistica.app.instances.Callers;
import it.modulistica.app.mail.ReceiptResend;
import it.modulistica.app.organisations.OrganisationDirectory;
import it.modulistica.app.pages.InstanceLabels;
import it.modulistica.engine.backoffice.ModuleStatistics;
import it.modulistica.engine.backoffice.OperatorInstances;
import it.modulistica.engine.backoffice.OperatorPage;
import it.modulistica.engine.backoffice.OperatorSort;
import it.modulistica.engine.backoffice.OperatorSummary;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.workflow.State;
import it.modulistica.workflow.WorkflowDefinition;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office: the modules an operator works on with their counts per tab, each module's list
 * (tabs from the workflow, filters, sort links, paging, CSV and XLSX export) and its statistics;
 * and "Reinvia ricevuta" on the instance page. A module outside the operator's scope is not found.
 */
@Controller
class BackofficePages {

    static final int PAGE_SIZE = 20;
    /** At most this many organisations are offered as the filter's choices. */
    static final int ORGANISATION_CHOICES = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(
            "dd/MM/yyyy");
    static final String FIRST_TAB = WorkflowDefinition.BACKOFFICE_TABS.get(0);
    private static final BackofficeFilters EMPTY = new BackofficeFilters(null, null, null, null, null, null, null,
            null, null);

    private final OperatorInstances operators;
    private final OperatorModules modules;
    private final OrganisationDirectory organisations;
    private final ReceiptResend resend;
    private final MessageSource messages;

    private final Callers callers;

    BackofficePages(Callers callers, OperatorInstances operators, OperatorModules modules, OrganisationDirectory organisations,
            ReceiptResend resend, MessageSource messages) {
        this.callers = callers;
        this.operators = operators;
        this.modules = modules;
        this.organisations = organisations;
        this.resend = resend;
        this.messages = messages;
    }

    /** A module of the chooser with its counts per tab, in the tabs' order. */
    public record ModuleRow(String code, String title, List<TabCount> tabs) {
    }

    /** A tab with the number of instances it holds. */
    public record TabCount(String tab, long count) {
    }

    /** A row of the list; {@code protocol} reads "Protocollo n. ... del ...", empty until recorded. */
    public record Row(String id, String number, String sentAt, String state, String organisation, String declarant,
            String declarantCode, String protocol) {
    }

    /** A choice of a select. */
    public record Choice(String value, String label) {
    }

    /** A sortable column: its header key and the link that sorts by it. */
    public record SortLink(String key, String href, String direction) {
    }

    @GetMapping("/backoffice")
    String modules(Authentication user, Locale locale, Model model) {
        Caller caller = callers.of(user);
        model.addAttribute("modules", modules.of(caller).stream().map(definition -> new ModuleRow(definition.code(),
                definition.title().in(locale), tabs(operators.countsByTab(caller, definition.code())))).toList());
        return "pages/backoffice/modules";
    }

    @GetMapping("/backoffice/moduli/{form}")
    String list(@PathVariable String form, BackofficeFilters given, BindingResult binding,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, Authentication user, Locale locale, Model model) {
        Caller caller = callers.of(user);
        OperatorInstances.Module module = operators.module(caller, form);
        BackofficeFilters filters = (given == null ? EMPTY : given).withTabOr(FIRST_TAB);
        OperatorPage found;
        OperatorSort order = OperatorSort.parse(filters.sort()).orElse(OperatorSort.NEWEST);
        try {
            BackofficeFilters.requireBound(binding, messages, locale);
            found = operators.search(caller, filters.query(module, Math.max(page, 0), PAGE_SIZE, after, before));
        } catch (InvalidFilter invalid) {
            model.addAttribute("error", invalid.parameter());
            model.addAttribute("errorMessage", messages.getMessage(invalid.getDetailMessageCode(),
                    invalid.getDetailMessageArguments(), locale));
            found = new OperatorPage(List.of(), 0, PAGE_SIZE, 0);
        }
        String base = "/backoffice/moduli/" + form + "?" + filters.parameters();
        model.addAttribute("form", form);
        model.addAttribute("title", module.definition().title().in(locale));
        model.addAttribute("tabs", tabs(operators.countsByTab(caller, form)));
        model.addAttribute("current", filters.tab() == null ? "" : filters.tab());
        model.addAttribute("filters", filters);
        model.addAttribute("fromText", filters.from() == null ? "" : filters.from().toString());
        model.addAttribute("toText", filters.to() == null ? "" : filters.to().toString());
        model.addAttribute("states", module.workflow().backofficeStates().stream()
                .map(code -> new Choice(code, stateLabel(module, code, locale))).toList());
        // Up to ORGANISATION_CHOICES comuni are offered in a list; beyond, the filter takes the ISTAT code.
        List<String> codes = operators.organisations(caller, form, ORGANISATION_CHOICES + 1);
        boolean choices = codes.size() <= ORGANISATION_CHOICES;
        Map<String, String> names = choices ? organisations.names(codes) : Map.of();
        model.addAttribute("organisationChoices", choices);
        model.addAttribute("organisations", choices ? codes.stream()
                .map(code -> new Choice(code, names.getOrDefault(code, code))).toList() : List.of());
        // The names of the page's organisations in one query (one per row took 20 round trips a page).
        Map<String, String> rowNames = organisations.names(found.items().stream().map(OperatorSummary::organisation)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        model.addAttribute("rows", found.items().stream().map(summary -> row(module, summary, rowNames, locale))
                .toList());
        model.addAttribute("total", found.total());
        model.addAttribute("totalCapped", found.totalCapped());
        model.addAttribute("countCap", found.countCap());
        String pageBase = base + "&sort=" + order.text();
        model.addAttribute("nextPage", found.next() == null ? "" : pageBase + "&after=" + found.next().token());
        model.addAttribute("previousPage", found.previous() == null ? "" : pageBase + "&before="
                + found.previous().token());
        model.addAttribute("sorts", sortLinks(base, order));
        model.addAttribute("exportQuery", "form=" + form + "&" + filters.parameters() + "&sort=" + order.text());
        return "pages/backoffice/list";
    }

    @GetMapping("/backoffice/moduli/{form}/statistiche")
    String statistics(@PathVariable String form, Authentication user, Locale locale, Model model) {
        Caller caller = callers.of(user);
        OperatorInstances.Module module = operators.module(caller, form);
        ModuleStatistics statistics = operators.statistics(caller, form);
        model.addAttribute("form", form);
        model.addAttribute("title", module.definition().title().in(locale));
        model.addAttribute("total", statistics.total());
        model.addAttribute("sentSince", DAY.format(statistics.sentSince()));
        model.addAttribute("byState", statistics.byState().stream()
                .map(count -> new TabCount(stateLabel(module, count.state(), locale), count.count())).toList());
        model.addAttribute("perDay", statistics.sentPerDay().stream()
                .map(day -> new TabCount(DAY.format(day.day()), day.count())).toList());
        model.addAttribute("stateChart", StatisticsChart.byState(statistics,
                code -> stateLabel(module, code, locale), messages.getMessage("backoffice.stats.byState", null, locale)));
        model.addAttribute("dayChart", StatisticsChart.perDay(statistics,
                messages.getMessage("backoffice.stats.perDay", null, locale)));
        return "pages/backoffice/stats";
    }

    @PostMapping("/istanze/{id}/ricevuta/reinvia")
    String resendReceipt(@PathVariable UUID id, Authentication user) {
        int queued = resend.resend(id, callers.of(user));
        return "redirect:/istanze/" + id + "?reinviate=" + queued;
    }

    private static List<TabCount> tabs(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> new TabCount(entry.getKey(), entry.getValue())).toList();
    }

    /** @param organisationNames the names of the registered organisations, by code */
    private static Row row(OperatorInstances.Module module, OperatorSummary summary,
            Map<String, String> organisationNames, Locale locale) {
        return new Row(summary.id().toString(), summary.number() == null ? "" : summary.number(),
                InstanceLabels.dateTime(summary.sentAt()), stateLabel(module, summary.state(), locale),
                summary.organisation() == null ? ""
                        : organisationNames.getOrDefault(summary.organisation(), summary.organisation()),
                summary.declarantName() == null ? "" : summary.declarantName(),
                summary.declarantCode() == null ? "" : summary.declarantCode(),
                summary.protocol() == null ? "" : summary.protocol().label());
    }

    private static String stateLabel(OperatorInstances.Module module, String code, Locale locale) {
        return module.workflow().state(code).map(State::label).map(label -> label.in(locale)).orElse(code);
    }

    /** The sortable columns: a click sorts by the column, a second click reverses the order. */
    private static List<SortLink> sortLinks(String base, OperatorSort current) {
        return Arrays.stream(OperatorSort.Key.values()).map(key -> {
            boolean active = current.key() == key;
            OperatorSort next = new OperatorSort(key, active ? !current.descending() : key == OperatorSort.Key.SENT_AT);
            return new SortLink(key.apiName(), base + "&sort=" + next.text(),
                    active ? (current.descending() ? "descending" : "ascending") : "none");
        }).toList();
    }
}
