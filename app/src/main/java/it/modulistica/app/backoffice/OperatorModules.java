package it.modulistica.app.backoffice;

import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.lifecycle.Caller;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The published modules an operator works on, by their scope (category or module), in catalogue order;
 * a module that routes its instances by their data counts for the operators of the categories its
 * field offers.
 */
@Component
public class OperatorModules {

    private final FormCatalog catalog;

    OperatorModules(FormCatalog catalog) {
        this.catalog = catalog;
    }

    public List<FormDefinition> of(Caller caller) {
        return catalog.published().stream()
                .filter(definition -> caller.operatorAccess().covers(definition.category(), definition.code())
                        || routedTo(caller, definition))
                .toList();
    }

    /** Whether the module routes its instances by their data to a category the caller works on. */
    private static boolean routedTo(Caller caller, FormDefinition definition) {
        return definition.routing().stream()
                .flatMap(routing -> routing.declaredCategories(definition).stream())
                .anyMatch(category -> caller.operatorAccess().coversRouted(category, definition.code()));
    }
}
