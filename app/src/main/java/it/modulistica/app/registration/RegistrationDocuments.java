package it.modulistica.app.registration;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.security.UserDirectory;
import it.modulistica.engine.attachment.FileStore;
import it.modulistica.engine.attachment.StoredFile;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.PinnedDefinitions;
import it.modulistica.engine.lifecycle.ReceiptOutbox;
import it.modulistica.engine.lifecycle.StoredDocument;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the JSON document a target receives (its schema is in {@code docs/registration.md}): the
 * event, the instance and its module, the owner's codice fiscale, the frozen data with its SHA-256,
 * and links to the receipt and the files with their SHA-256, which the target fetches with its token.
 *
 * <p>{@code data} is written as the very canonical text its SHA-256 was computed on, so a receiver
 * can check it by serialising the object it reads compactly, keys in the order received.
 */
final class RegistrationDocuments {

    static final int VERSION = 1;

    private final InstanceRepository instances;
    private final PinnedDefinitions pinned;
    private final ReceiptOutbox receipts;
    private final UserDirectory users;
    private final FileStore files;
    private final ObjectMapper mapper;
    private final URI baseUrl;

    RegistrationDocuments(InstanceRepository instances, PinnedDefinitions pinned, ReceiptOutbox receipts,
            UserDirectory users, JdbcClient jdbc, ObjectMapper mapper, URI baseUrl) {
        this.instances = instances;
        this.pinned = pinned;
        this.receipts = receipts;
        this.users = users;
        this.files = new FileStore(jdbc);
        this.mapper = mapper;
        this.baseUrl = baseUrl;
    }

    /**
     * The document of an event. A receipt ordered by the sending and not printed yet by the receipt
     * workers is printed now (the same bytes they would store). Call it outside a transaction.
     */
    String build(Deliveries.Claimed delivery) {
        Instance instance = instances.findById(delivery.instanceId()).orElseThrow(() -> new IllegalStateException(
                "Instance " + delivery.instanceId() + " of registration event " + delivery.eventId() + " does not exist"));
        FormDefinition definition = pinned.of(instance);
        Optional<StoredDocument> receipt = receipts.obtain(instance.id());
        StringWriter out = new StringWriter();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", VERSION);
            json.writeStringField("eventId", delivery.eventId().toString());
            json.writeStringField("action", delivery.action());
            json.writeStringField("occurredAt", delivery.createdAt().toString());
            json.writeObjectFieldStart("instance");
            json.writeStringField("id", instance.id().toString());
            json.writeStringField("number", instance.number().orElse(null));
            json.writeStringField("state", instance.state());
            json.writeStringField("sentAt", instance.sentAt().map(Instant::toString).orElse(null));
            json.writeStringField("url", link("/api/instances/" + instance.id()));
            json.writeStringField("protocolUrl", link("/api/instances/" + instance.id() + "/protocol"));
            json.writeEndObject();
            json.writeObjectFieldStart("module");
            json.writeStringField("code", definition.code());
            json.writeStringField("version", definition.version());
            json.writeStringField("sha256", definition.sha256());
            json.writeStringField("title", definition.title().italian());
            json.writeEndObject();
            json.writeStringField("organisation", instance.organisation().orElse(null));
            json.writeObjectFieldStart("owner");
            json.writeStringField("username", instance.owner());
            json.writeStringField("codiceFiscale", users.find(instance.owner())
                    .flatMap(account -> account.codiceFiscale()).orElse(null));
            json.writeEndObject();
            json.writeFieldName("data");
            json.writeRawValue(DefinitionJson.canonical(
                    instance.frozenData().map(JsonNode.class::cast).orElseGet(instance::data)));
            json.writeStringField("dataSha256", instance.frozenSha256().orElse(null));
            if (receipt.isPresent()) {
                json.writeObjectFieldStart("receipt");
                json.writeStringField("fileName", receipt.get().fileName());
                json.writeStringField("mediaType", receipt.get().mediaType());
                json.writeStringField("sha256", receipt.get().sha256());
                json.writeStringField("url", link("/api/instances/" + instance.id() + "/pdf"));
                json.writeEndObject();
            } else {
                json.writeNullField("receipt");
            }
            json.writeArrayFieldStart("files");
            for (StoredFile file : files.list(instance.id())) {
                json.writeStartObject();
                json.writeStringField("id", file.id().toString());
                json.writeStringField("kind", file.kind().name());
                json.writeStringField("fieldPath", file.fieldPath());
                json.writeStringField("action", file.action());
                json.writeStringField("fileName", file.name());
                json.writeStringField("mediaType", file.mediaType());
                json.writeNumberField("size", file.size());
                json.writeStringField("sha256", file.sha256());
                json.writeStringField("url", link("/api/instances/" + instance.id() + "/files/" + file.id()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
