package it.modulistica.app.pages.admin;

import it.modulistica.app.servicepages.ServicePageAdministration;
import it.modulistica.app.servicepages.ServicePages;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.OpeningWindow;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the admin page of a module adds for issue 20: its assistance contacts, and after an
 * extension ("proroga") the avviso already written that announces it, to publish as is or edit.
 */
@Component
class ModuleAssistance {

    static final String DRAFT = "extensionNotice";
    private static final DateTimeFormatter ITALIAN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy 'ore' HH.mm",
            Locale.ITALIAN);

    private final ServicePages pages;
    private final ServicePageAdministration administration;
    private final FormCatalog catalog;
    private final MessageSource messages;
    private final Clock clock;

    ModuleAssistance(ServicePages pages, ServicePageAdministration administration, FormCatalog catalog,
            MessageSource messages, Clock clock) {
        this.pages = pages;
        this.administration = administration;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    void addTo(String code, Model model) {
        model.addAttribute("contacts", pages.contactsOfModule(code));
    }

    void add(String code, ServicePageAdministration.ContactForm form, String admin) {
        administration.addContact(null, code, form, admin);
    }

    void remove(String code, long id, String admin) {
        administration.remove(ServicePages.Part.MODULE_CONTACT, code, id, admin);
    }

    /**
     * Puts in the flash the avviso of the extension just granted: the module's title, the new
     * closing time written as the Region writes it ("18 ottobre 2023 ore 12.00"), valid from now
     * to the new closing time, scoped to the module. Notices are written in Italian, like the texts
     * admins publish.
     */
    void offerNotice(String code, OpeningWindow window, RedirectAttributes flash) {
        LocalDateTime closes = window.closes();
        if (closes == null) {
            return;
        }
        String title = catalog.find(code).map(definition -> definition.title().in(Locale.ITALIAN)).orElse(code);
        Map<String, String> draft = new LinkedHashMap<>();
        draft.put("title", messages.getMessage("admin.extensionNotice.title", new Object[] {title}, Locale.ITALIAN));
        draft.put("text", messages.getMessage("admin.extensionNotice.text",
                new Object[] {title, ITALIAN_DAY.format(closes)}, Locale.ITALIAN));
        draft.put("from", LocalDateTime.now(clock.withZone(OpeningWindow.ZONE)).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        draft.put("to", closes.toString());
        draft.put("scope", "form:" + code);
        flash.addFlashAttribute(DRAFT, draft);
    }
}
