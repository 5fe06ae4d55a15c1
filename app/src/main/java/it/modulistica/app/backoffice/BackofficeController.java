package it.modulistica.app.backoffice;

import it.modulistica.app.instances.Callers;
import it.modulistica.engine.backoffice.ModuleStatistics;
import it.modulistica.engine.backoffice.OperatorInstances;
import it.modulistica.engine.backoffice.OperatorPage;
import it.modulistica.engine.backoffice.OperatorQuery;
import it.modulistica.engine.backoffice.OperatorSummary;
import it.modulistica.engine.lifecycle.Caller;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/backoffice}: the modules an operator works on with their counts per tab, the list of
 * a module's instances (filtered, sorted and paged by the database) and its statistics. A module
 * outside the operator's scope answers 404. Operators act through {@code POST
 * /api/instances/{id}/actions/{action}} like owners.
 */
@RestController
@RequestMapping(path = "/api/backoffice", produces = MediaType.APPLICATION_JSON_VALUE)
class BackofficeController {

    static final int DEFAULT_SIZE = 20;

    private final OperatorInstances operators;
    private final OperatorModules modules;
    private final MessageSource messages;

    private final Callers callers;

    BackofficeController(Callers callers, OperatorInstances operators, OperatorModules modules,
            MessageSource messages) {
        this.callers = callers;
        this.operators = operators;
        this.modules = modules;
        this.messages = messages;
    }

    /** A module the operator works on, with how many instances each back-office tab holds. */
    record ModuleCounts(String code, String title, String category, Map<String, Long> tabs) {
    }

    @GetMapping("/forms")
    List<ModuleCounts> forms(Authentication user, Locale locale) {
        Caller caller = callers.of(user);
        return modules.of(caller).stream().map(definition -> new ModuleCounts(definition.code(),
                definition.title().in(locale), definition.category(),
                operators.countsByTab(caller, definition.code()))).toList();
    }

    /**
     * A page of the list. {@code total} is counted up to {@code countCap} ({@value OperatorPage#COUNT_CAP},
     * {@value OperatorPage#WORD_COUNT_CAP} for a search of words), and is one more when there are more
     * ({@code totalCapped}); {@code next} and {@code previous} are the links
     * of the neighbouring pages (keyset paging: as fast at any depth), {@code null} at the ends.
     */
    record InstancesPage(List<OperatorSummary> items, int page, int size, long total, boolean totalCapped,
            long countCap, String next, String previous) {
    }

    @GetMapping("/instances")
    InstancesPage instances(@RequestParam String form, BackofficeFilters filters, BindingResult binding,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before,
            Authentication user, Locale locale) {
        BackofficeFilters.requireBound(binding, messages, locale);
        Caller caller = callers.of(user);
        OperatorQuery query = filters.query(operators.module(caller, form), page, size, after, before);
        OperatorPage found = operators.search(caller, query);
        String link = "/api/backoffice/instances?form=" + URLEncoder.encode(form, StandardCharsets.UTF_8)
                + (filters.parameters().isEmpty() ? "" : "&" + filters.parameters()) + "&sort=" + query.sort().text()
                + "&size=" + size;
        return new InstancesPage(found.items(), found.page(), found.size(), found.total(), found.totalCapped(),
                found.countCap(), found.next() == null ? null : link + "&after=" + found.next().token(),
                found.previous() == null ? null : link + "&before=" + found.previous().token());
    }

    @GetMapping("/stats")
    ModuleStatistics stats(@RequestParam String form, Authentication user) {
        return operators.statistics(callers.of(user), form);
    }
}
