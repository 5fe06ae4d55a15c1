package it.modulistica.app.catalog;

import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.window.ModulePublications;
import it.modulistica.engine.window.PublicationChange;
import it.modulistica.engine.window.PublicationStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The catalogue citizens see: the loaded modules that are not retired, each under its category
 * (the admin's or the definition's), the categories in the admins' order. A suspended module is
 * listed with its reason and cannot be compiled. A category no row describes (named by a new
 * module) is listed last under its code.
 */
@Service
public class ModuleCatalogue {

    private final FormCatalog catalog;
    private final Categories categories;
    private final ModulePublications publications;

    ModuleCatalogue(FormCatalog catalog, Categories categories, ModulePublications publications) {
        this.catalog = catalog;
        this.categories = categories;
        this.publications = publications;
    }

    /** A module as the catalogue lists it: its definition, category and publication in force. */
    public record Listed(FormDefinition definition, String category, PublicationChange publication) {

        public boolean suspended() {
            return publication.status() == PublicationStatus.SUSPENDED;
        }
    }

    /** A category with the modules listed under it, by title. */
    public record Section(Category category, List<Listed> modules) {
    }

    /** Every loaded module with its category and publication, retired ones too, by category then title. */
    public List<Listed> all() {
        Map<String, String> assigned = categories.assignments();
        Map<String, PublicationChange> current = publications.currentByCode();
        return catalog.published().stream()
                .map(definition -> new Listed(definition, assigned.getOrDefault(definition.code(), definition.category()),
                        current.getOrDefault(definition.code(), PublicationChange.initial(definition.code()))))
                .toList();
    }

    /** The categories that list at least one module, in the catalogue's order. */
    public List<Section> sections() {
        Map<String, List<Listed>> byCategory = new LinkedHashMap<>();
        all().stream()
                .filter(listed -> listed.publication().status() != PublicationStatus.RETIRED)
                .forEach(listed -> byCategory.computeIfAbsent(listed.category(), code -> new ArrayList<>()).add(listed));
        List<Section> sections = new ArrayList<>();
        for (Category category : categories.all()) {
            List<Listed> modules = byCategory.remove(category.code());
            if (modules != null) {
                sections.add(new Section(category, modules));
            }
        }
        byCategory.forEach((code, modules) -> sections.add(new Section(
                new Category(code, code, Integer.MAX_VALUE, CategoryStyles.ICONS.get(0), CategoryStyles.COLOURS.get(0)),
                modules)));
        return sections;
    }

    public Optional<Section> section(String categoryCode) {
        return sections().stream().filter(section -> section.category().code().equals(categoryCode)).findFirst();
    }

    /** The module's listing, when it is loaded. */
    public Optional<Listed> find(String formCode) {
        return all().stream().filter(listed -> listed.definition().code().equals(formCode)).findFirst();
    }
}
