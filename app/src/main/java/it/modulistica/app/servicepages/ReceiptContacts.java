package it.modulistica.app.servicepages;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.HelpContact;
import it.modulistica.engine.lifecycle.HelpContacts;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The assistance contacts frozen with an instance when it is sent, for its receipt: the module's own,
 * then those of the category it goes to (the one chosen in its data when the module routes by it,
 * else the one it is listed under), as the pages show them at that moment. Admins may edit the pages
 * afterwards; the receipts already sent keep what they were sent with.
 */
@Component
class ReceiptContacts implements HelpContacts {

    private final ServicePages pages;

    ReceiptContacts(ServicePages pages) {
        this.pages = pages;
    }

    @Override
    public List<HelpContact> of(FormDefinition definition, String routingCategory) {
        return pages.contactsWithCategory(definition.code(), routingCategory, definition.category()).stream()
                .map(contact -> new HelpContact(HelpContact.Kind.valueOf(contact.kind().name()), contact.label(),
                        contact.labelEn(), contact.address(), contact.hours()))
                .toList();
    }
}
