package it.modulistica.app.admin;

import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.app.catalog.Categories;
import it.modulistica.app.catalog.Category;
import it.modulistica.app.catalog.CategoryStyles;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.lifecycle.ModuleNotFound;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' changes to the category catalogue, checked and audited: create, rename and restyle,
 * move up or down, and assign a module to a category. The API and the pages both call it.
 */
@Service
public class CategoryAdministration {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Categories categories;
    private final FormCatalog catalog;
    private final AuditLog audit;

    CategoryAdministration(Categories categories, FormCatalog catalog, AuditLog audit) {
        this.categories = categories;
        this.catalog = catalog;
        this.audit = audit;
    }

    /** What an admin writes for a category; the code only when creating it. */
    public record CategoryForm(String code, String name, String icon, String colour) {
    }

    @Transactional
    public Category create(CategoryForm form, String admin) {
        RequestChecks checks = new RequestChecks();
        String code = checks.required("/code", form.code(), 64);
        if (code != null && !checks.hasErrorAt("/code")) {
            if (!CODE.matcher(code).matches()) {
                checks.add("/code", "categoryCode");
            } else if (categories.find(code).isPresent()) {
                checks.add("/code", "taken");
            }
        }
        String name = style(form, checks);
        checks.throwIfAny();
        Category created = categories.create(code, name, form.icon(), form.colour());
        record(admin, code, "create", Map.of("name", name, "icon", form.icon(), "colour", form.colour()));
        return created;
    }

    /** Renames and restyles the category {@code code}. */
    @Transactional
    public Category update(String code, CategoryForm form, String admin) {
        Category current = find(code);
        RequestChecks checks = new RequestChecks();
        String name = style(form, checks);
        checks.throwIfAny();
        categories.update(code, name, form.icon(), form.colour());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", name);
        details.put("previousName", current.name());
        details.put("icon", form.icon());
        details.put("colour", form.colour());
        record(admin, code, "update", details);
        return find(code);
    }

    @Transactional
    public void move(String code, boolean up, String admin) {
        find(code);
        if (categories.move(code, up)) {
            record(admin, code, up ? "move-up" : "move-down", Map.of());
        }
    }

    /** Lists the module under the category; its definition's category undoes an earlier assignment. */
    @Transactional
    public void assign(String formCode, String categoryCode, String admin) {
        FormDefinition definition = catalog.find(formCode).orElseThrow(() -> new ModuleNotFound(formCode));
        RequestChecks checks = new RequestChecks();
        String category = checks.required("/category", categoryCode, 64);
        if (category != null && categories.find(category).isEmpty()) {
            checks.add("/category", "unknownCategory");
        }
        checks.throwIfAny();
        categories.assign(definition, category, admin);
        audit.record(AuditEventType.CATEGORY_CHANGE, admin, "form:" + formCode, AuditOutcome.SUCCESS,
                Map.of("action", "assign", "category", category, "definitionCategory", definition.category()));
    }

    public Category find(String code) {
        return categories.find(code).orElseThrow(() -> NotFound.category(code));
    }

    private static String style(CategoryForm form, RequestChecks checks) {
        String name = checks.required("/name", form.name(), 200);
        if (!CategoryStyles.ICONS.contains(form.icon())) {
            checks.add("/icon", "icon");
        }
        if (!CategoryStyles.COLOURS.contains(form.colour())) {
            checks.add("/colour", "colour");
        }
        return name;
    }

    private void record(String admin, String code, String action, Map<String, ?> details) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("action", action);
        all.putAll(details);
        audit.record(AuditEventType.CATEGORY_CHANGE, admin, "category:" + code, AuditOutcome.SUCCESS, all);
    }
}
