package it.modulistica.app.backoffice;

import it.modulistica.engine.backoffice.OperatorCursor;
import it.modulistica.engine.backoffice.OperatorInstances;
import it.modulistica.engine.backoffice.OperatorQuery;
import it.modulistica.engine.backoffice.OperatorSort;
import it.modulistica.workflow.WorkflowDefinition;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The filters of a back-office list as the request gives them (API, export and pages bind the same
 * query parameters to it), blank values read as absent; {@link #query} checks them against the module.
 *
 * @param tab          {@code pervenute}, {@code in-lavorazione}, {@code in-attesa-integrazione} or {@code concluse}
 * @param q            words searched in the fields the module marks {@code x-searchable}
 * @param from         first day of sending
 * @param to           last day of sending
 * @param organisation the code of the organisation (comune)
 * @param declarant    words of the declarant's name or codice fiscale
 * @param sort         {@code sentAt}, {@code -sentAt}, {@code number} ... (see {@link OperatorSort})
 */
public record BackofficeFilters(String tab, String state, String number, String q,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String organisation, String declarant,
        String sort) {

    public BackofficeFilters {
        tab = blankToNull(tab);
        state = blankToNull(state);
        number = blankToNull(number);
        q = blankToNull(q);
        organisation = blankToNull(organisation);
        declarant = blankToNull(declarant);
        sort = blankToNull(sort);
    }

    /**
     * Refuses filters that did not bind, naming the parameter: only the dates can fail to convert,
     * the other filters are texts.
     *
     * @throws InvalidFilter for the first parameter that did not convert
     */
    public static void requireBound(BindingResult binding, MessageSource messages, Locale locale) {
        if (binding.hasFieldErrors()) {
            FieldError wrong = binding.getFieldErrors().get(0);
            throw new InvalidFilter(wrong.getField(), wrong.getRejectedValue(),
                    messages.getMessage("backoffice.dateFormat", null, locale));
        }
    }

    /** The same filters on {@code defaultTab} when they name no tab. */
    public BackofficeFilters withTabOr(String defaultTab) {
        return tab != null ? this : new BackofficeFilters(defaultTab, state, number, q, from, to, organisation,
                declarant, sort);
    }

    /**
     * The engine's query for {@code module}.
     *
     * @throws InvalidFilter for a tab, state, sort, page or size the module's list cannot take, or
     *                       a date range ending before it starts
     */
    public OperatorQuery query(OperatorInstances.Module module, int page, int size) {
        return query(module, page, size, null, null);
    }

    /**
     * The engine's query for {@code module}, starting after the cursor token {@code after} or ending
     * before {@code before} (the {@code next} and {@code previous} of a page), when one is given.
     *
     * @throws InvalidFilter as {@link #query(OperatorInstances.Module, int, int)}, and for a token that
     *                       is not a cursor of this sort, or both tokens at once
     */
    public OperatorQuery query(OperatorInstances.Module module, int page, int size, String after, String before) {
        if (tab != null && !WorkflowDefinition.BACKOFFICE_TABS.contains(tab)) {
            throw new InvalidFilter("tab", tab, String.join(", ", WorkflowDefinition.BACKOFFICE_TABS));
        }
        if (state != null && !module.workflow().backofficeStates().contains(state)) {
            throw new InvalidFilter("state", state, String.join(", ", module.workflow().backofficeStates()));
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFilter("to", to, "una data non precedente a " + from);
        }
        OperatorSort order = OperatorSort.parse(sort).orElseThrow(() -> new InvalidFilter("sort", sort,
                Arrays.stream(OperatorSort.Key.values()).map(key -> key.apiName() + ", -" + key.apiName())
                        .collect(Collectors.joining(", "))));
        if (page < 0) {
            throw new InvalidFilter("page", page, "0, 1, 2 …");
        }
        if (size < 1 || size > OperatorQuery.MAX_SIZE) {
            throw new InvalidFilter("size", size, "1 … " + OperatorQuery.MAX_SIZE);
        }
        if (after != null && before != null) {
            throw new InvalidFilter("before", before, "after oppure before, non entrambi");
        }
        return new OperatorQuery(module.definition().code(), tab, state, number, q, from, to, organisation, declarant,
                order, page, size, cursor("after", after, order), cursor("before", before, order));
    }

    private static OperatorCursor cursor(String parameter, String token, OperatorSort order) {
        if (token == null || token.isBlank()) {
            return null;
        }
        return OperatorCursor.parse(token.strip()).filter(cursor -> cursor.sort().equals(order.text()))
                .orElseThrow(() -> new InvalidFilter(parameter, token, "il cursore next o previous di una pagina "
                        + "ordinata per " + order.text()));
    }

    /** The filters as query parameters, without sort and page ({@code tab=...&state=...}). */
    public String parameters() {
        StringBuilder text = new StringBuilder();
        values(false).forEach((name, value) -> text.append(text.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return text.toString();
    }

    /**
     * What an export records of its filter in the audit log: every filter by value, except the
     * words searched, which may be people's names, recorded only as present.
     */
    public Map<String, Object> audited() {
        Map<String, Object> audited = new LinkedHashMap<>(values(true));
        if (q != null) {
            audited.put("q", "(presente)");
        }
        if (declarant != null) {
            audited.put("declarant", "(presente)");
        }
        return audited;
    }

    private Map<String, String> values(boolean withoutWords) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "tab", tab);
        put(values, "state", state);
        put(values, "number", number);
        if (!withoutWords) {
            put(values, "q", q);
            put(values, "declarant", declarant);
        }
        put(values, "from", from == null ? null : from.toString());
        put(values, "to", to == null ? null : to.toString());
        put(values, "organisation", organisation);
        if (withoutWords) {
            put(values, "sort", sort);
        }
        return values;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
