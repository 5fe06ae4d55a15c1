package it.modulistica.app.demo;

import it.modulistica.app.notices.NoticeAdministration;
import it.modulistica.app.notices.Notices;
import it.modulistica.app.servicepages.Markdown;
import it.modulistica.app.servicepages.ServicePageAdministration;
import it.modulistica.app.servicepages.ServicePageAdministration.AccessForm;
import it.modulistica.app.servicepages.ServicePageAdministration.ContactForm;
import it.modulistica.app.servicepages.ServicePageAdministration.DocumentForm;
import it.modulistica.app.servicepages.ServicePageAdministration.TextsForm;
import it.modulistica.app.servicepages.ServicePages;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.renderer.pdf.PdfPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes, as an admin would and once (while the category has no description), the public page of
 * "Servizi educativi" from the scheda of the regional 0-6 information system: its texts, the two
 * access boxes, the assistance contacts, the Registrazione Utenti manual as a PDF, and the avviso
 * of the Monitoraggio 2020 extension. Never in production.
 */
@Component
@Profile("!prod")
@Order(20)
class DemoServicePage implements ApplicationRunner {

    static final String CATEGORY = "servizi-educativi";
    static final String NOTICE_TITLE = "Proroga del Monitoraggio 2020";
    private static final Logger log = LoggerFactory.getLogger(DemoServicePage.class);
    private static final String ADMIN = "admin";
    private static final String MANUAL = "manuale-registrazione-utenti-servizi-06.txt";

    private final ServicePages pages;
    private final ServicePageAdministration administration;
    private final NoticeAdministration noticeAdministration;
    private final Notices notices;
    private final FormCatalog catalog;
    private final Markdown markdown;

    DemoServicePage(ServicePages pages, ServicePageAdministration administration,
            NoticeAdministration noticeAdministration, Notices notices, FormCatalog catalog, Markdown markdown) {
        this.pages = pages;
        this.administration = administration;
        this.noticeAdministration = noticeAdministration;
        this.notices = notices;
        this.catalog = catalog;
        this.markdown = markdown;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean written = pages.of(CATEGORY).map(page -> page.description() != null).orElse(true);
        if (written) {
            return;
        }
        administration.updateTexts(CATEGORY, new TextsForm("Enti pubblici", "Public bodies", DESCRIPTION,
                DESCRIPTION_EN), ADMIN);
        String rupar = "Autenticazione RUPAR Livello 1 (Autenticazione minima: Login e password)";
        String ruparEn = "RUPAR level 1 authentication (minimum: username and password)";
        if (catalog.find("utenti-servizi-06").isPresent()) {
            administration.addAccess(CATEGORY, new AccessForm("Accedi alla Registrazione degli utenti",
                    "Go to the registration of users", "utenti-servizi-06", null, List.of("PASSWORD", "CNS"), rupar,
                    ruparEn), ADMIN);
        }
        if (catalog.find("monitoraggio-2020").isPresent()) {
            administration.addAccess(CATEGORY, new AccessForm("Accedi al sistema di Gestione dei Servizi 06",
                    "Go to the management of 0-6 services", "monitoraggio-2020", null, List.of("PASSWORD", "CNS"),
                    rupar, ruparEn), ADMIN);
            noticeAdministration.create(new NoticeAdministration.NoticeForm(NOTICE_TITLE, """
                    I termini per la compilazione del Monitoraggio delle risorse previste dal Piano di azione \
                    nazionale pluriennale per il sistema integrato 0-6 anni annualità 2020 sono stati prorogati al:

                    **18 ottobre 2023 ore 12.00.**

                    Il Monitoraggio 2020 può essere compilato accedendo al Sistema di Gestione Servizi 06 mediante \
                    il pulsante di Accesso Riservato "Accedi al Sistema di Gestione dei Servizi 06".""",
                    "2023-10-06T12:00", null, null, "monitoraggio-2020"), ADMIN);
        }
        administration.addContact(CATEGORY, null, new ContactForm("PHONE", "Assistenza tecnica su credenziali e procedura",
                "Technical help with credentials and procedure", "011 0824108", "lunedì–venerdì 08:00–18:00"), ADMIN);
        administration.addContact(CATEGORY, null, new ContactForm("EMAIL", "Assistenza amministrativa",
                "Administrative help", "monitoraggio_paz03@regione.piemonte.it", null), ADMIN);
        for (String phone : List.of("011 4325303", "011 4324132", "011 4322631")) {
            administration.addContact(CATEGORY, null, new ContactForm("PHONE", "Assistenza amministrativa",
                    "Administrative help", phone, "09:00–12:00"), ADMIN);
        }
        administration.addDocument(CATEGORY, new DocumentForm("Manuale Registrazione Utenti Servizi 0-6",
                "User registration manual (0-6 services, Italian)", null),
                "manuale-registrazione-utenti-servizi-06.pdf", manual(), ADMIN);
        administration.addDocument(CATEGORY, new DocumentForm("Piano d'Azione Nazionale", "National action plan",
                "https://www.regione.piemonte.it/web/temi/istruzione-formazione-lavoro"), null, null, ADMIN);
        log.info("Demo: public page of {} written, {} notices valid", CATEGORY, notices.valid().size());
    }

    /** The manual, printed from its Markdown text as the admin would upload its PDF. */
    private byte[] manual() {
        try (InputStream in = DemoServicePage.class.getResourceAsStream(MANUAL)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new PdfPrinter().print("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>"
                    + "Manuale Registrazione Utenti Servizi 0-6</title></head><body>" + markdown.html(text)
                    + "</body></html>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String DESCRIPTION = """
            ## Sistema Informativo Regionale Servizi Educativi 0-6

            Il nuovo sistema integrato dalla nascita fino ai sei anni, entrato in vigore con il Decreto 65/2017, \
            ha l'obiettivo di garantire pari opportunità educative, di istruzione, di cura, di relazione e di gioco, \
            al fine di superare le diseguaglianze e le barriere territoriali, economiche, tecniche e culturali.

            Il sistema informativo raccoglie i dati riferiti ai servizi per la prima infanzia e permette ai Comuni \
            sede di servizi 0-3 anni di:

            - inserire e modificare i dati anagrafici dei servizi esistenti e operanti sul territorio;
            - inserire i dati di volta in volta richiesti dalla Regione al fine dei riparti delle risorse statali e \
            regionali (ad esempio, bimbi frequentanti ad una certa data);
            - inserire gli interventi che i Comuni intendono attuare con i finanziamenti ricevuti;
            - inserire i dati di monitoraggio delle risorse ministeriali e regionali attribuite ai Comuni stessi.

            ### Monitoraggio 2020

            La compilazione del Monitoraggio 2020 è rivolta a tutti i Comuni piemontesi che hanno partecipato al \
            bando per il Piano d'Azione Nazionale a sostegno dei servizi per la prima infanzia, annualità 2020 \
            (e cioè solo i Comuni nel cui territorio avevano allora sede servizi per la prima infanzia 0-3 anni). \
            I Comuni forniscono i dati relativi alle risorse impegnate e agli interventi grazie ad esse effettuati \
            al 30 luglio 2023.

            I dati richiesti dovranno essere inseriti nel sistema dai funzionari comunali accreditati dalle ore \
            12:00 di martedì 29/08/2023 alle ore 12:00 di venerdì 06/10/2023.

            Nel caso di servizi cessati o sospesi, il modulo prevede una dichiarazione preliminare. Per segnalare \
            servizi non raggiunti dalle risorse del riparto 2020 per motivazioni diverse, il Comune invia una mail \
            a monitoraggio_paz03@regione.piemonte.it indicando gli estremi dei servizi non raggiunti (nome, \
            indirizzo, titolare) e la motivazione: dopo una breve verifica della Regione Piemonte, le schede dei \
            Comuni interessati verranno sbloccate per la compilazione e l'invio.

            ### Accesso

            L'accesso avviene mediante credenziali RUPAR (nome utente e password) o certificati digitali di tipo \
            Carta Nazionale dei Servizi (CNS) emessi da certificatori accreditati presso l'Agenzia per l'Italia \
            Digitale (AgID).

            - Per registrare nuovi utenti, il Sindaco o il Legale Rappresentante del Comune compila il modulo \
            Registrazione Utenti (si veda il manuale tra i documenti).
            - Per disabilitare utenti già abilitati (cambio incarico, trasferimento), si invia una [richiesta di \
            assistenza](/nuova-istanza/assistenza) indicando il Comune e nome, cognome e codice fiscale \
            dell'utente da disabilitare.

            Per verificare le credenziali: [verifica credenziali](https://servizi.regione.piemonte.it/catalogo/verifica-credenziali#tab-enti-pubblici); \
            per il reset della password: [gestione credenziali](https://servizi.regione.piemonte.it/catalogo/gestione-credenziali).
            """;

    static final String DESCRIPTION_EN = """
            ## Regional information system for 0-6 education services

            The integrated system from birth to six years (Legislative Decree 65/2017) aims at equal educational \
            opportunities. The regional information system collects the data of early-childhood services and lets \
            the municipalities hosting 0-3 services enter their services' records, the data the Region asks for \
            when sharing out state and regional funds, the interventions they plan and the monitoring of the funds \
            received.

            ### Monitoraggio 2020

            For the municipalities of Piedmont that took part in the 2020 call of the National Action Plan. \
            Accredited municipal officials enter the data from 12:00 on 29/08/2023 to 12:00 on 06/10/2023.

            ### Access

            With RUPAR credentials (username and password) or a National Services Card (CNS). New users are \
            registered by the mayor or legal representative through the Registrazione Utenti module; to disable a \
            user, send a [request for assistance](/nuova-istanza/assistenza).
            """;
}
