package it.modulistica.app.notices;

import java.time.LocalDateTime;

/** A notice's content once checked: what {@link Notices} writes. */
record NoticeContent(String title, String body, LocalDateTime from, LocalDateTime to, String category, String form) {
}
