package it.modulistica.app.demo;

import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.window.OpeningWindows;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Records, as an admin would, the window changes the demo needs, each once:
 * <ul>
 * <li>Utenti Servizi 06 closed on 02/09/2022: an extension ("proroga") to the end of the current year;</li>
 * <li>Monitoraggio 2020 closed on 06/10/2023: the Region's extension to 18/10/2023 12:00, as its notice
 * says, then an unlock of the demo comune (Alba) to the end of the current year, so that a newcomer
 * signed in as its official can compile it; the other comuni stay closed.</li>
 * </ul>
 * Never in production.
 */
@Component
@Profile("!prod")
class DemoWindows implements ApplicationRunner {

    static final String MODULE = "utenti-servizi-06";
    static final String REASON = "Proroga dei termini per la dimostrazione della piattaforma";
    static final String MONITORING = "monitoraggio-2020";
    static final LocalDateTime MONITORING_EXTENDED = LocalDateTime.of(2023, 10, 18, 12, 0);
    static final String MONITORING_REASON = "Proroga dei termini di compilazione del Monitoraggio 2020 al 18 ottobre 2023 "
            + "ore 12.00 (avviso della Regione Piemonte)";
    static final String UNLOCK_REASON = "Sblocco del Comune di Alba per la dimostrazione della piattaforma";

    private static final Logger log = LoggerFactory.getLogger(DemoWindows.class);
    private static final String ADMIN = "admin";

    private final FormCatalog catalog;
    private final OpeningWindows windows;
    private final Clock clock;

    DemoWindows(FormCatalog catalog, OpeningWindows windows, Clock clock) {
        this.catalog = catalog;
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDateTime endOfYear = LocalDateTime.of(
                ZonedDateTime.now(clock).withZoneSameInstant(OpeningWindow.ZONE).getYear(), 12, 31, 23, 59);
        catalog.find(MODULE).ifPresent(definition -> extendTo(definition, endOfYear, REASON));
        catalog.find(MONITORING).ifPresent(definition -> {
            extendTo(definition, MONITORING_EXTENDED, MONITORING_REASON);
            if (!windows.isOpen(definition, DemoUsers.ALBA.code(), clock.instant())) {
                windows.unlock(MONITORING, DemoUsers.ALBA.code(), endOfYear, UNLOCK_REASON, ADMIN);
                log.info("Demo: {} unlocked for {} to {} by admin", MONITORING, DemoUsers.ALBA.name(), endOfYear);
            }
        });
    }

    private void extendTo(FormDefinition definition, LocalDateTime closes, String reason) {
        LocalDateTime current = windows.effective(definition).closes();
        if (current != null && current.isBefore(closes)) {
            windows.extend(definition.code(), closes, reason, ADMIN);
            log.info("Demo: {} extended to {} by admin", definition.code(), closes);
        }
    }
}
