package it.modulistica.app.pages;

import it.modulistica.app.notices.Notice;
import it.modulistica.app.servicepages.Markdown;
import java.util.List;
import org.springframework.stereotype.Component;

/** Avvisi as the pages print them: title, text rendered from Markdown, validity in Rome's time. */
@Component
public class NoticeViews {

    private final Markdown markdown;

    NoticeViews(Markdown markdown) {
        this.markdown = markdown;
    }

    /**
     * A notice on a page.
     *
     * @param html the text as safe HTML (raw HTML in the Markdown printed as text)
     * @param from start of validity, dd/MM/yyyy HH:mm
     */
    public record NoticeView(long id, String title, String html, String from, String to) {
    }

    public List<NoticeView> of(List<Notice> notices) {
        return notices.stream().map(notice -> new NoticeView(notice.id(), notice.title(), markdown.html(notice.body()),
                InstanceLabels.date(notice.validFrom()) + " " + InstanceLabels.time(notice.validFrom()),
                notice.validTo() == null ? ""
                        : InstanceLabels.date(notice.validTo()) + " " + InstanceLabels.time(notice.validTo())))
                .toList();
    }
}
