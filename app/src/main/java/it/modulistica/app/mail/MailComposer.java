package it.modulistica.app.mail;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.app.instances.InstanceHeaders;
import it.modulistica.app.security.UserDirectory;
import it.modulistica.app.security.UserAccount;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.NotificationSettings;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.PinnedDefinitions;
import it.modulistica.engine.lifecycle.ProtocolRegister;
import it.modulistica.workflow.WorkflowDefinition;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an instance's e-mail effect into one job per recipient. Recipients come only from the
 * fields the module names in {@code x-module.receipt.recipientFields} (receipt, read from the frozen
 * data) or {@code x-module.notification.recipientFields} (notices, read from the current data), and
 * from the owner's account; a value that is not one valid address becomes a rejected job, so it
 * shows in the delivery status instead of disappearing.
 */
final class MailComposer {

    static final String RECEIPT = "RECEIPT";
    static final String NOTIFICATION = "NOTIFICATION";
    /** The recipient of a notice recorded without any address to send it to. */
    static final String NO_ADDRESS = "(nessun indirizzo)";
    /** The outcome of such a notice, as operators read it. */
    static final String NO_ADDRESS_OUTCOME = "nessun indirizzo";

    private static final Logger LOG = LoggerFactory.getLogger(MailComposer.class);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final InstanceRepository instances;
    private final PinnedDefinitions pinned;
    private final FormCatalog catalog;
    private final UserDirectory users;
    private final MailTemplates templates;
    private final InstanceHeaders headers;
    private final ProtocolRegister protocols;

    MailComposer(InstanceRepository instances, PinnedDefinitions pinned, FormCatalog catalog, UserDirectory users,
            MailTemplates templates, InstanceHeaders headers, ProtocolRegister protocols) {
        this.headers = headers;
        this.protocols = protocols;
        this.instances = instances;
        this.pinned = pinned;
        this.catalog = catalog;
        this.users = users;
        this.templates = templates;
    }

    /** The receipt, with the stored PDF attached, to the module's recipient fields and the owner. */
    List<MailJobs.NewJob> receipt(UUID instanceId, UUID effectId) {
        Instance instance = load(instanceId);
        FormDefinition definition = pinned.of(instance);
        ZonedDateTime sent = instance.sentAt().orElse(instance.updatedAt()).atZone(ROME);
        Map<String, Object> model = model(instance, definition, sent);
        // The processing times as dates, for the template: label, date (dd/MM/yyyy), working days.
        model.put("dueDates", headers.dueDates(instance, definition).stream().map(due -> Map.of(
                "label", due.label().italian(), "date", DATE.format(due.date()), "workingDays", due.workingDays()))
                .toList());
        MailTemplates.Rendered mail = templates.mail("receipt", Locale.ITALIAN, model,
                catalog.mailTemplate(definition.code(), "receipt"));
        JsonNode data = instance.frozenData().map(JsonNode.class::cast).orElse(instance.data());
        List<MailJobs.NewJob> jobs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String pointer : definition.receipt().recipientFields()) {
            JsonNode value = data.at(pointer);
            if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                LOG.warn("Instance {}: recipient field {} is empty, no receipt sent to it", instanceId, pointer);
                continue;
            }
            add(jobs, seen, instanceId, effectId, RECEIPT, value.isTextual() ? value.asText() : value.toString(),
                    "campo " + pointer, mail, true);
        }
        owner(instance).ifPresentOrElse(
                email -> add(jobs, seen, instanceId, effectId, RECEIPT, email, "indirizzo del compilatore", mail, true),
                () -> LOG.warn("Instance {}: its owner has no e-mail address, no receipt sent to them", instanceId));
        return jobs;
    }

    /**
     * A notice of the step the instance took ({@code payload}: action, state, note) to the addresses in
     * the module's {@code x-module.notification.recipientFields} (read from the instance's current data)
     * and to the owner's account unless {@code notification.owner} is false. With no address at all,
     * one rejected job records the outcome "nessun indirizzo" instead of nothing.
     */
    List<MailJobs.NewJob> notification(UUID instanceId, UUID effectId, JsonNode payload, Instant at) {
        Instance instance = load(instanceId);
        FormDefinition definition = pinned.of(instance);
        Map<String, Object> model = model(instance, definition, at.atZone(ROME));
        WorkflowDefinition workflow = catalog.workflow(definition.workflow()).orElseThrow(() -> new IllegalStateException(
                "Workflow " + definition.workflow() + " of module " + definition + " is not available"));
        String state = payload.path("state").asText(instance.state());
        String action = payload.path("action").asText("");
        model.put("stateLabel", workflow.state(state).map(found -> found.label().italian()).orElse(state));
        model.put("actionLabel", workflow.action(action).map(found -> found.label().italian()).orElse(action));
        if (payload.hasNonNull("note")) {
            model.put("note", payload.get("note").asText());
        }
        MailTemplates.Rendered mail = templates.mail("notification", Locale.ITALIAN, model,
                catalog.mailTemplate(definition.code(), "notification"));
        List<MailJobs.NewJob> jobs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        NotificationSettings recipients = definition.notification();
        List<String> empty = new ArrayList<>();
        for (String pointer : recipients.recipientFields()) {
            JsonNode value = instance.data().at(pointer);
            if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                empty.add(pointer);
                continue;
            }
            add(jobs, seen, instanceId, effectId, NOTIFICATION, value.isTextual() ? value.asText() : value.toString(),
                    "campo " + pointer, mail, false);
        }
        if (recipients.owner()) {
            owner(instance).ifPresent(email -> add(jobs, seen, instanceId, effectId, NOTIFICATION, email,
                    "indirizzo del compilatore", mail, false));
        }
        if (jobs.isEmpty()) {
            // Nobody to write to: recorded as a delivery that could not be made, so operators see it.
            List<String> reasons = new ArrayList<>();
            if (recipients.owner()) {
                reasons.add("il compilatore non ha un indirizzo e-mail");
            }
            if (!empty.isEmpty()) {
                reasons.add((empty.size() == 1 ? "il campo " : "i campi ") + String.join(", ", empty)
                        + (empty.size() == 1 ? " è vuoto" : " sono vuoti"));
            }
            LOG.warn("Instance {}: no address for the notice ({})", instanceId, String.join("; ", reasons));
            jobs.add(new MailJobs.NewJob(instanceId, effectId, NOTIFICATION, NO_ADDRESS, mail.subject(), mail.html(),
                    mail.text(), false, NO_ADDRESS_OUTCOME + " (" + String.join("; ", reasons) + ")"));
        }
        return jobs;
    }

    private static void add(List<MailJobs.NewJob> jobs, Set<String> seen, UUID instanceId, UUID effectId, String kind,
            String value, String source, MailTemplates.Rendered mail, boolean attach) {
        try {
            String address = MailAddresses.single(value);
            if (seen.add(MailAddresses.key(address))) {
                jobs.add(new MailJobs.NewJob(instanceId, effectId, kind, address, mail.subject(), mail.html(),
                        mail.text(), attach, null));
            }
        } catch (MailAddresses.InvalidAddress e) {
            LOG.warn("Instance {}: {} is not one valid e-mail address ({})", instanceId, source, e.getMessage());
            jobs.add(new MailJobs.NewJob(instanceId, effectId, kind, "(" + source + ")", mail.subject(), mail.html(),
                    mail.text(), attach, "Indirizzo non valido: " + e.getMessage()));
        }
    }

    private Optional<String> owner(Instance instance) {
        return users.find(instance.owner()).flatMap(UserAccount::email).filter(email -> !email.isBlank());
    }

    private Instance load(UUID instanceId) {
        return instances.findById(instanceId).orElseThrow(() -> new IllegalStateException(
                "Instance " + instanceId + " of a mail effect does not exist"));
    }

    private Map<String, Object> model(Instance instance, FormDefinition definition, ZonedDateTime at) {
        Map<String, Object> model = new HashMap<>();
        // Absent until the protocol register sent it back: templates test it with ?? .
        protocols.of(instance.id()).ifPresent(protocol -> {
            model.put("protocol", protocol.label());
            model.put("protocolNumber", protocol.number());
            model.put("protocolDate", DATE.format(protocol.date()));
        });
        model.put("moduleTitle", definition.title().italian());
        model.put("number", instance.number().orElse("-"));
        model.put("sentDate", DATE.format(at));
        model.put("sentTime", TIME.format(at));
        model.put("date", DATE.format(at));
        model.put("time", TIME.format(at));
        return model;
    }
}
