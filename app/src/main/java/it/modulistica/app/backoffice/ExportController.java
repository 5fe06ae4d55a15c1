package it.modulistica.app.backoffice;

import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.app.instances.Callers;
import it.modulistica.app.organisations.OrganisationDirectory;
import it.modulistica.engine.backoffice.OperatorInstances;
import it.modulistica.engine.backoffice.OperatorQuery;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.lifecycle.Caller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/backoffice/export?form=&format=csv|xlsx} with the list's filters: the module's
 * instances as a spreadsheet, streamed while the database is read. CSV is one file, or a ZIP with
 * one CSV per repeatable group when the module has any; XLSX has a sheet per group. A code from an
 * option list (comune, provincia) has its label in the column beside it. Every export
 * is recorded in the audit log with the module, the filter and the number of rows, never a value.
 */
@RestController
class ExportController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final OperatorInstances operators;
    private final OrganisationDirectory organisations;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    private final Callers callers;
    private final FormCatalog catalog;

    ExportController(Callers callers, OperatorInstances operators, OrganisationDirectory organisations, MessageSource messages,
            AuditLog audit, Clock clock, FormCatalog catalog) {
        this.callers = callers;
        this.catalog = catalog;
        this.operators = operators;
        this.organisations = organisations;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/backoffice/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam String form, @RequestParam String format,
            BackofficeFilters filters, BindingResult binding, Authentication user, Locale locale) {
        BackofficeFilters.requireBound(binding, messages, locale);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new InvalidFilter("format", format, "csv, xlsx");
        }
        Caller caller = callers.of(user);
        OperatorInstances.Module module = operators.module(caller, form);
        OperatorQuery query = filters.query(module, 0, OperatorQuery.MAX_SIZE);
        ExportLayout layout = ExportLayout.of(module.definition(), locale,
                header -> messages.getMessage("export.optionLabel", new Object[] {header}, locale));
        ExportRows rows = new ExportRows(module, layout, messages, locale, organisations, catalog.dataSources());
        XlsxExport.ExportSource source = sink -> operators.export(caller, query, instance -> {
            try {
                sink.accept(instance);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        boolean xlsx = format.equals("xlsx");
        boolean zip = !xlsx && layout.hasGroups();
        String fileName = form + "-" + LocalDate.now(clock.withZone(ZoneId.of("Europe/Rome")))
                + (xlsx ? ".xlsx" : zip ? ".zip" : ".csv");
        StreamingResponseBody body = out -> {
            long count = xlsx
                    ? XlsxExport.write(out, rows, layout, module.definition().title().in(locale), source)
                    : CsvExport.write(out, rows, layout, source);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("module", form);
            details.put("format", format);
            details.put("filter", filters.audited());
            details.put("rows", count);
            audit.record(AuditEventType.EXPORT, caller.username(), "module:" + form, AuditOutcome.SUCCESS, details);
        };
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : zip ? ZIP : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
