package it.modulistica.app.pages.home;

import it.modulistica.app.instances.Callers;
import it.modulistica.app.notices.Notices;
import it.modulistica.app.pages.InstanceLabels;
import it.modulistica.app.pages.NoticeViews;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.InstanceQuery;
import it.modulistica.engine.lifecycle.InstanceSummary;
import it.modulistica.engine.lifecycle.MyInstances;
import it.modulistica.engine.window.OpeningWindows;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: the Bacheca, with the four steps of a compilation and what needs the user's attention. */
@Controller
class HomePage {

    static final String AWAITING_INTEGRATION_TAB = "in-attesa-integrazione";
    static final String WORKING_TAB = "in-lavorazione";
    static final int CLOSING_SOON_DAYS = 7;

    private final MyInstances myInstances;
    private final OpeningWindows windows;
    private final InstanceLabels labels;
    private final Clock clock;

    private final Callers callers;
    private final Notices notices;
    private final NoticeViews noticeViews;

    HomePage(Callers callers, MyInstances myInstances, OpeningWindows windows, InstanceLabels labels, Clock clock,
            Notices notices, NoticeViews noticeViews) {
        this.callers = callers;
        this.notices = notices;
        this.noticeViews = noticeViews;
        this.myInstances = myInstances;
        this.windows = windows;
        this.labels = labels;
        this.clock = clock;
    }

    /** A draft whose module closes soon: where to resume it and until when. */
    public record ClosingDraft(String id, String module, String closesDate, String closesTime) {
    }

    @GetMapping("/")
    String show(Authentication user, Locale locale, Model model) {
        Caller caller = callers.of(user);
        long awaiting = myInstances.search(caller, new InstanceQuery(AWAITING_INTEGRATION_TAB, null, null, null, null,
                null, null, 0, 1)).total();
        LocalDateTime now = LocalDateTime.now(clock.withZone(OpeningWindow.ZONE));
        List<InstanceSummary> working = myInstances.search(caller, new InstanceQuery(WORKING_TAB, null, null, null,
                null, null, null, 0, InstanceQuery.MAX_SIZE)).items();
        List<ClosingDraft> closing = working.stream()
                .map(summary -> labels.module(summary.formCode()).map(definition -> {
                    LocalDateTime closes = windows.effective(definition).closes();
                    boolean soon = closes != null && closes.isAfter(now) && closes.isBefore(now.plusDays(CLOSING_SOON_DAYS));
                    return soon ? new ClosingDraft(summary.id().toString(), definition.title().in(locale),
                            InstanceLabels.date(closes), InstanceLabels.time(closes)) : null;
                }).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        model.addAttribute("awaiting", awaiting);
        model.addAttribute("closing", closing);
        model.addAttribute("notices", noticeViews.of(notices.valid()));
        return "pages/home";
    }
}
