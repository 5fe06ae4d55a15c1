package it.modulistica.app.instances;

import it.modulistica.engine.calendar.DueDate;
import it.modulistica.engine.calendar.ProcessingDates;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.HelpContact;
import it.modulistica.engine.instance.Instance;
import it.modulistica.renderer.InstanceHeader;
import it.modulistica.workflow.State;
import java.util.List;
import java.util.Locale;

/**
 * The header facts of an instance as the renderer prints them, with the dates of the module's
 * processing times counted from the sending and the assistance contacts frozen when it was sent;
 * the same for the pages, the PDF and the e-mail.
 */
public final class InstanceHeaders {

    private final ProcessingDates processingDates;

    public InstanceHeaders(ProcessingDates processingDates) {
        this.processingDates = processingDates;
    }

    public InstanceHeader of(Instance instance, FormDefinition definition, State state, Locale locale) {
        return new InstanceHeader(
                instance.number().orElse(null),
                state.label().in(locale),
                instance.createdAt(),
                instance.sentAt().orElse(null),
                instance.frozenSha256().orElse(null),
                instance.sentAt().isEmpty(),
                dueDates(instance, definition),
                contacts(instance, locale));
    }

    /** The assistance contacts frozen with the instance when it was sent, in the reader's language. */
    private static List<InstanceHeader.Contact> contacts(Instance instance, Locale locale) {
        return instance.helpContacts().stream().map(contact -> new InstanceHeader.Contact(
                contact.kind() == HelpContact.Kind.PHONE,
                "en".equals(locale.getLanguage()) && contact.labelEn() != null && !contact.labelEn().isBlank()
                        ? contact.labelEn() : contact.label(),
                contact.address(), contact.hours())).toList();
    }

    /** The processing times as dates; empty until the instance is sent. */
    public List<DueDate> dueDates(Instance instance, FormDefinition definition) {
        return processingDates.of(definition, instance.frozenData().orElse(instance.data()),
                instance.sentAt().orElse(null));
    }
}
