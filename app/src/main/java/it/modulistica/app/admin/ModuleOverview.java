package it.modulistica.app.admin;

import it.modulistica.app.catalog.ModuleCatalogue;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.lifecycle.ModuleNotFound;
import it.modulistica.engine.window.ModulePublications;
import it.modulistica.engine.window.OpeningWindows;
import it.modulistica.engine.window.PublicationChange;
import it.modulistica.workflow.WorkflowDiagram;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins read about modules: the list, and one module with its publication and window history. */
@Service
public class ModuleOverview {

    private final FormCatalog catalog;
    private final ModuleCatalogue modules;
    private final ModulePublications publications;
    private final OpeningWindows windows;

    ModuleOverview(FormCatalog catalog, ModuleCatalogue modules, ModulePublications publications,
            OpeningWindows windows) {
        this.catalog = catalog;
        this.modules = modules;
        this.publications = publications;
        this.windows = windows;
    }

    /** A module in the admins' list. */
    public record ModuleRow(String code, String version, String title, String category, String definitionCategory,
            String workflow, PublicationChange publication) {
    }

    /**
     * One module for admins.
     *
     * @param definitionWindow the window the definition states
     * @param window           the window in force (with the latest extension)
     * @param publications     every publication change, newest first
     * @param extensions       every extension, newest first
     * @param unlocks          every unlock, newest first
     * @param diagram          the workflow as Mermaid text
     */
    public record ModuleDetail(ModuleRow module, OpeningWindow definitionWindow, OpeningWindow window,
            List<PublicationChange> publications, List<OpeningWindows.Extension> extensions,
            List<OpeningWindows.Unlock> unlocks, String diagram) {
    }

    @Transactional(readOnly = true)
    public List<ModuleRow> list(Locale locale) {
        return modules.all().stream().map(listed -> row(listed, locale)).toList();
    }

    @Transactional(readOnly = true)
    public ModuleDetail detail(String code, Locale locale) {
        ModuleCatalogue.Listed listed = modules.find(code).orElseThrow(() -> new ModuleNotFound(code));
        FormDefinition definition = listed.definition();
        return new ModuleDetail(row(listed, locale), definition.window(), windows.effective(definition),
                publications.history(code), windows.extensions(code), windows.unlocks(code), diagram(definition));
    }

    /** The module's workflow as Mermaid text. */
    public String diagram(FormDefinition definition) {
        return WorkflowDiagram.mermaid(catalog.workflow(definition.workflow()).orElseThrow(() ->
                new IllegalStateException("Workflow " + definition.workflow() + " of " + definition + " is not loaded")));
    }

    /** The module's workflow drawn as SVG. */
    public String picture(String code) {
        FormDefinition definition = catalog.find(code).orElseThrow(() -> new ModuleNotFound(code));
        return WorkflowPicture.svg(catalog.workflow(definition.workflow()).orElseThrow(() ->
                new IllegalStateException("Workflow " + definition.workflow() + " of " + definition + " is not loaded")));
    }

    private static ModuleRow row(ModuleCatalogue.Listed listed, Locale locale) {
        FormDefinition definition = listed.definition();
        return new ModuleRow(definition.code(), definition.version(), definition.title().in(locale), listed.category(),
                definition.category(), definition.workflow(), listed.publication());
    }
}
