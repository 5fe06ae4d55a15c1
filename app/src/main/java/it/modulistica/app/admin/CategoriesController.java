package it.modulistica.app.admin;

import it.modulistica.app.catalog.Categories;
import it.modulistica.app.catalog.Category;
import it.modulistica.app.catalog.CategoryStyles;
import java.util.List;
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
 * {@code /api/admin/categories}: the category catalogue in its order; create, rename and restyle
 * (icon and colour from {@code GET /api/admin/categories/styles}), move up or down.
 */
@RestController
@RequestMapping(path = "/api/admin/categories", produces = MediaType.APPLICATION_JSON_VALUE)
class CategoriesController {

    private final Categories categories;
    private final CategoryAdministration administration;

    CategoriesController(Categories categories, CategoryAdministration administration) {
        this.categories = categories;
        this.administration = administration;
    }

    /** Which way to move a category: {@code up} or {@code down}. */
    record Move(String direction) {
    }

    @GetMapping
    List<Category> list() {
        return categories.all();
    }

    @GetMapping("/styles")
    Map<String, List<String>> styles() {
        return Map.of("icons", CategoryStyles.ICONS, "colours", CategoryStyles.COLOURS);
    }

    @GetMapping("/{code}")
    Category category(@PathVariable String code) {
        return administration.find(code);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Category create(@RequestBody CategoryAdministration.CategoryForm form, Authentication admin) {
        return administration.create(form, admin.getName());
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Category update(@PathVariable String code, @RequestBody CategoryAdministration.CategoryForm form,
            Authentication admin) {
        return administration.update(code, form, admin.getName());
    }

    @PostMapping(path = "/{code}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<Category> move(@PathVariable String code, @RequestBody Move move, Authentication admin) {
        String direction = move.direction() == null ? "" : move.direction();
        if (!direction.equals("up") && !direction.equals("down")) {
            RequestChecks checks = new RequestChecks();
            checks.add("/direction", "enum");
            checks.throwIfAny();
        }
        administration.move(code, direction.equals("up"), admin.getName());
        return categories.all();
    }
}
