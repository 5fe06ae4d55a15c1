package it.modulistica.app.instances;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.app.audit.InstanceReads;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.lifecycle.ActionOutcome;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.HistoryEntry;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import it.modulistica.app.backoffice.InvalidFilter;
import it.modulistica.engine.lifecycle.InstanceCursor;
import it.modulistica.engine.lifecycle.InstancePage;
import it.modulistica.engine.lifecycle.InstanceSummary;
import it.modulistica.engine.lifecycle.InstanceQuery;
import it.modulistica.engine.lifecycle.MyInstances;
import it.modulistica.app.instances.InstanceRepresentation.ActionRepresentation;
import it.modulistica.engine.lifecycle.InstanceView;
import it.modulistica.engine.lifecycle.StoredDocument;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/instances}: the caller's instances through their whole lifecycle. An instance the
 * caller may not see answers 404 on every endpoint; the workflow decides every state change.
 */
@RestController
@RequestMapping(path = "/api/instances", produces = MediaType.APPLICATION_JSON_VALUE)
class InstancesController {

    private final InstanceLifecycle lifecycle;
    private final MyInstances myInstances;
    private final RenderedReceipts receipts;
    private final InstanceReads reads;

    private final Callers callers;

    InstancesController(Callers callers, InstanceLifecycle lifecycle, MyInstances myInstances, RenderedReceipts receipts,
            InstanceReads reads) {
        this.callers = callers;
        this.lifecycle = lifecycle;
        this.myInstances = myInstances;
        this.receipts = receipts;
        this.reads = reads;
    }

    /** The body of a creation: the module's code and, when acting for one, the organisation's code. */
    record NewInstance(String form, String organisation) {
    }

    /** The optional body of an action. */
    record ActionRequest(String note) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InstanceRepresentation> create(@RequestBody NewInstance request, Authentication user,
            Locale locale) {
        if (request.form() == null || request.form().isBlank()) {
            throw new MissingField("form");
        }
        Caller caller = callers.of(user);
        Instance created = lifecycle.create(request.form(), caller, request.organisation());
        return withVersion(ResponseEntity.created(URI.create("/api/instances/" + created.id())), created, caller,
                locale);
    }

    @GetMapping("/{id}")
    ResponseEntity<InstanceRepresentation> get(@PathVariable UUID id, Authentication user, Locale locale) {
        Caller caller = callers.of(user);
        InstanceView view = lifecycle.get(id, caller);
        reads.read(id, view.instance().owner(), caller.username(), "data");
        InstanceRepresentation body = InstanceRepresentation.of(view, locale);
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
    }

    @PutMapping(path = "/{id}/data", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InstanceRepresentation> saveDraft(@PathVariable UUID id, @RequestBody JsonNode data,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user, Locale locale) {
        Caller caller = callers.of(user);
        Instance saved = lifecycle.saveDraft(id, data, ETags.version(ifMatch), caller);
        return withVersion(ResponseEntity.ok(), saved, caller, locale);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Authentication user) {
        lifecycle.delete(id, callers.of(user));
    }

    @GetMapping("/{id}/actions")
    List<ActionRepresentation> actions(@PathVariable UUID id, Authentication user, Locale locale) {
        return lifecycle.permittedActions(id, callers.of(user)).stream()
                .map(action -> ActionRepresentation.of(action, locale)).toList();
    }

    /**
     * An action with files, as {@code multipart/form-data}: {@code note}, {@code attachments} (any
     * number of file parts) and {@code issuedDocument} (one file part), each refused with 422 when
     * the action's input does not declare it.
     */
    @PostMapping(path = "/{id}/actions/{action}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ActionOutcome> actWithFiles(@PathVariable UUID id, @PathVariable String action,
            @RequestParam(required = false) String note,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments,
            @RequestPart(name = "issuedDocument", required = false) MultipartFile issuedDocument,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication user) {
        ActionOutcome outcome = lifecycle.act(id, action, callers.of(user), note, idempotencyKey,
                MultipartUploads.of(attachments, issuedDocument));
        return ResponseEntity.ok().eTag(ETags.of(outcome.version())).body(outcome);
    }

    @PostMapping("/{id}/actions/{action}")
    ResponseEntity<ActionOutcome> act(@PathVariable UUID id, @PathVariable String action,
            @RequestBody(required = false) ActionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication user) {
        ActionOutcome outcome = lifecycle.act(id, action, callers.of(user), request == null ? null : request.note(),
                idempotencyKey);
        return ResponseEntity.ok().eTag(ETags.of(outcome.version())).body(outcome);
    }

    /**
     * The receipt: once the instance is sent, the PDF stored for it, byte for byte (printed after
     * the sending by a worker, or by this request if no worker has yet); before that, printed now
     * with the "BOZZA" watermark.
     */
    @GetMapping(path = "/{id}/pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Authentication user, Locale locale) {
        Caller caller = callers.of(user);
        InstanceView view = lifecycle.get(id, caller);
        reads.read(id, view.instance().owner(), caller.username(), "pdf");
        Optional<StoredDocument> stored = lifecycle.receipt(id, caller);
        byte[] content = stored.map(StoredDocument::content).orElseGet(() -> receipts.onDemand(view, locale));
        String fileName = stored.map(StoredDocument::fileName).orElseGet(() -> "bozza-"
                + view.instance().number().orElse(id.toString()).replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(content);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Authentication user) {
        return lifecycle.history(id, callers.of(user));
    }

    /**
     * A page of the caller's instances. {@code total} is counted up to {@value InstancePage#COUNT_CAP},
     * and is one more when there are more ({@code totalCapped}); {@code next} and {@code previous} are
     * the links of the neighbouring pages (keyset paging: as fast at any depth), {@code null} at the ends.
     */
    record MyInstancesPage(List<InstanceSummary> items, int page, int size, long total, boolean totalCapped,
            String next, String previous) {
    }

    @GetMapping
    MyInstancesPage search(@RequestParam(required = false) String tab, @RequestParam(required = false) String form,
            @RequestParam(required = false) String state, @RequestParam(required = false) String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean starred, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, Authentication user) {
        if (page < 0 || size < 1 || size > InstanceQuery.MAX_SIZE) {
            throw new InvalidPaging(page, size);
        }
        if (after != null && !after.isBlank() && before != null && !before.isBlank()) {
            throw new InvalidFilter("before", before, "after oppure before, non entrambi");
        }
        InstancePage found = myInstances.search(callers.of(user), new InstanceQuery(tab, form, state, number, from, to,
                starred, page, size, cursor("after", after), cursor("before", before)));
        StringBuilder link = new StringBuilder("/api/instances?size=").append(size);
        parameter(link, "tab", tab);
        parameter(link, "form", form);
        parameter(link, "state", state);
        parameter(link, "number", number);
        parameter(link, "from", from);
        parameter(link, "to", to);
        parameter(link, "starred", starred);
        return new MyInstancesPage(found.items(), found.page(), found.size(), found.total(), found.totalCapped(),
                found.next() == null ? null : link + "&after=" + found.next().token(),
                found.previous() == null ? null : link + "&before=" + found.previous().token());
    }

    private static InstanceCursor cursor(String parameter, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        return InstanceCursor.parse(token.strip()).orElseThrow(() -> new InvalidFilter(parameter, token,
                "il cursore next o previous di una pagina"));
    }

    private static void parameter(StringBuilder link, String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            link.append('&').append(name).append('=')
                    .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
    }

    @PutMapping("/{id}/star")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void star(@PathVariable UUID id, Authentication user) {
        myInstances.star(id, callers.of(user));
    }

    @DeleteMapping("/{id}/star")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unstar(@PathVariable UUID id, Authentication user) {
        myInstances.unstar(id, callers.of(user));
    }

    // The instance as create or saveDraft committed it: the representation a GET would give, without
    // reading it again.
    private ResponseEntity<InstanceRepresentation> withVersion(ResponseEntity.BodyBuilder response, Instance stored,
            Caller caller, Locale locale) {
        InstanceRepresentation body = InstanceRepresentation.of(lifecycle.view(stored, caller), locale);
        return response.eTag(ETags.of(body.version())).body(body);
    }
}
