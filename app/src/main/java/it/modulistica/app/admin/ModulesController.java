package it.modulistica.app.admin;

import it.modulistica.engine.definition.DefinitionProblem;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.window.PublicationChange;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/forms}: every loaded module with its category and publication; one module with
 * the history of its publication and window; publishing, suspending, retiring; the category a
 * module is listed under; the definitions' problems; the workflow diagram as Mermaid text.
 */
@RestController
@RequestMapping(path = "/api/admin/forms", produces = MediaType.APPLICATION_JSON_VALUE)
class ModulesController {

    private final ModuleOverview overview;
    private final PublicationAdministration publication;
    private final CategoryAdministration categories;
    private final FormCatalog catalog;

    ModulesController(ModuleOverview overview, PublicationAdministration publication,
            CategoryAdministration categories, FormCatalog catalog) {
        this.overview = overview;
        this.publication = publication;
        this.categories = categories;
        this.catalog = catalog;
    }

    /** The category to list a module under. */
    record CategoryAssignment(String category) {
    }

    @GetMapping
    List<ModuleOverview.ModuleRow> list(Locale locale) {
        return overview.list(locale);
    }

    @GetMapping("/problems")
    List<DefinitionProblem> problems() {
        return catalog.problems();
    }

    @GetMapping("/{code}")
    ModuleOverview.ModuleDetail detail(@PathVariable String code, Locale locale) {
        return overview.detail(code, locale);
    }

    @GetMapping("/{code}/diagram")
    Map<String, String> diagram(@PathVariable String code, Locale locale) {
        ModuleOverview.ModuleDetail detail = overview.detail(code, locale);
        return Map.of("workflow", detail.module().workflow(), "mermaid", detail.diagram());
    }

    @PostMapping(path = "/{code}/publication", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    PublicationChange publish(@PathVariable String code, @RequestBody PublicationAdministration.PublicationForm form,
            Authentication admin) {
        return publication.change(code, form, admin.getName());
    }

    @PutMapping(path = "/{code}/category", consumes = MediaType.APPLICATION_JSON_VALUE)
    ModuleOverview.ModuleRow assign(@PathVariable String code, @RequestBody CategoryAssignment assignment,
            Authentication admin, Locale locale) {
        categories.assign(code, assignment.category(), admin.getName());
        return overview.detail(code, locale).module();
    }
}
