package it.modulistica.app.notices;

import it.modulistica.app.api.InvalidRequest;
import it.modulistica.app.catalog.Categories;
import it.modulistica.app.catalog.ModuleCatalogue;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/notices?category=&form=} (public): the avvisi valid now, newest first: with
 * {@code form}, the platform's, its category's and the module's; with {@code category}, the
 * platform's, the category's and those of its modules; with neither, every valid one.
 * {@code /api/admin/notices}: every notice, and create, change and delete them.
 */
@RestController
class NoticesController {

    private final Notices notices;
    private final NoticeAdministration administration;
    private final Categories categories;
    private final ModuleCatalogue modules;

    NoticesController(Notices notices, NoticeAdministration administration, Categories categories,
            ModuleCatalogue modules) {
        this.notices = notices;
        this.administration = administration;
        this.categories = categories;
        this.modules = modules;
    }

    /** A notice in the API: times local to Europe/Rome, {@code text} in Markdown. */
    record NoticeRepresentation(long id, String title, String text, LocalDateTime from, LocalDateTime to,
            String category, String form) {

        static NoticeRepresentation of(Notice notice) {
            return new NoticeRepresentation(notice.id(), notice.title(), notice.body(), notice.validFrom(),
                    notice.validTo(), notice.category(), notice.form());
        }
    }

    @GetMapping(path = "/api/notices", produces = MediaType.APPLICATION_JSON_VALUE)
    List<NoticeRepresentation> valid(@RequestParam(required = false) String category,
            @RequestParam(required = false) String form) {
        if (category != null && form != null) {
            throw InvalidRequest.of("/form", "noticeOneScope");
        }
        List<Notice> found;
        if (form != null) {
            ModuleCatalogue.Listed listed = modules.find(form).orElseThrow(() -> new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Il modulo " + form + " non esiste"));
            found = notices.valid(Set.of(listed.category()), Set.of(form));
        } else if (category != null) {
            if (categories.find(category).isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "La categoria " + category + " non esiste");
            }
            found = notices.valid(Set.of(category), modules.section(category)
                    .map(section -> section.modules().stream().map(listed -> listed.definition().code()).toList())
                    .orElse(List.of()));
        } else {
            found = notices.valid();
        }
        return found.stream().map(NoticeRepresentation::of).toList();
    }

    @GetMapping(path = "/api/admin/notices", produces = MediaType.APPLICATION_JSON_VALUE)
    List<NoticeRepresentation> all() {
        return notices.all().stream().map(NoticeRepresentation::of).toList();
    }

    @GetMapping(path = "/api/admin/notices/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    NoticeRepresentation one(@PathVariable long id) {
        return NoticeRepresentation.of(administration.find(id));
    }

    @PostMapping(path = "/api/admin/notices", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    NoticeRepresentation create(@RequestBody NoticeAdministration.NoticeForm form, Authentication admin) {
        return NoticeRepresentation.of(administration.create(form, admin.getName()));
    }

    @PutMapping(path = "/api/admin/notices/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    NoticeRepresentation update(@PathVariable long id, @RequestBody NoticeAdministration.NoticeForm form,
            Authentication admin) {
        return NoticeRepresentation.of(administration.update(id, form, admin.getName()));
    }

    @DeleteMapping("/api/admin/notices/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, Authentication admin) {
        administration.delete(id, admin.getName());
    }
}
