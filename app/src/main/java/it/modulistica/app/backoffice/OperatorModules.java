package it.modulistica.app.backoffice;

import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.lifecycle.Caller;
import java.util.List;
import org.springframework.stereotype.Component;

/** The published modules an operator works on, by their scope (category or module), in catalogue order. */
@Component
public class OperatorModules {

    private final FormCatalog catalog;

    OperatorModules(FormCatalog catalog) {
        this.catalog = catalog;
    }

    public List<FormDefinition> of(Caller caller) {
        return catalog.published().stream()
                .filter(definition -> caller.operatorAccess().covers(definition.category(), definition.code()))
                .toList();
    }
}
