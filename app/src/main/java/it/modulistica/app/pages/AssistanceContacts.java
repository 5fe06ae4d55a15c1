package it.modulistica.app.pages;

import it.modulistica.app.servicepages.Contact;
import it.modulistica.app.servicepages.ServicePages;
import it.modulistica.engine.definition.FormDefinition;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The assistance contacts a page prints: a category's, or a module's followed by its category's. */
@Component
public class AssistanceContacts {

    private final ServicePages pages;

    AssistanceContacts(ServicePages pages) {
        this.pages = pages;
    }

    /** A contact in the reader's language. */
    public record ContactView(String kind, String label, String address, String href, String hours) {
    }

    /** The module's own contacts, then those of the category it is listed under. */
    public List<ContactView> of(FormDefinition definition, Locale locale) {
        return views(pages.contactsWithCategory(definition.code(), null, definition.category()), locale);
    }

    public static List<ContactView> views(List<Contact> contacts, Locale locale) {
        return contacts.stream().map(contact -> new ContactView(contact.kind().name(),
                localised(contact.label(), contact.labelEn(), locale), contact.address(), contact.href(),
                contact.hours() == null ? "" : contact.hours())).toList();
    }

    /** The English text when the reader reads English and it is written, else the Italian one ("" for none). */
    public static String localised(String italian, String english, Locale locale) {
        String text = "en".equals(locale.getLanguage()) && english != null && !english.isBlank() ? english : italian;
        return text == null ? "" : text;
    }
}
