package it.modulistica.app.demo;

import it.modulistica.engine.definition.FormCatalog;
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
 * Keeps Utenti Servizi 06 compilable in the demo: its window closed on 02/09/2022, so, as an admin
 * would, this records an extension ("proroga") to the end of the current year when the window in
 * force closes earlier. Never in production.
 */
@Component
@Profile("!prod")
class DemoWindows implements ApplicationRunner {

    static final String MODULE = "utenti-servizi-06";
    static final String REASON = "Proroga dei termini per la dimostrazione della piattaforma";

    private static final Logger log = LoggerFactory.getLogger(DemoWindows.class);

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
        catalog.find(MODULE).ifPresent(definition -> {
            int year = ZonedDateTime.now(clock).withZoneSameInstant(OpeningWindow.ZONE).getYear();
            LocalDateTime endOfYear = LocalDateTime.of(year, 12, 31, 23, 59);
            LocalDateTime closes = windows.effective(definition).closes();
            if (closes != null && closes.isBefore(endOfYear)) {
                windows.extend(MODULE, endOfYear, REASON, "admin");
                log.info("Demo: {} extended to {} by admin", MODULE, endOfYear);
            }
        });
    }
}
