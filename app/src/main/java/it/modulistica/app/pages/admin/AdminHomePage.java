package it.modulistica.app.pages.admin;

import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.validation.ModuleExamples;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin}: what an administrator can do, each a link, with the count of definition problems. */
@Controller
class AdminHomePage {

    private final FormCatalog catalog;
    private final ModuleExamples examples;

    AdminHomePage(FormCatalog catalog, ModuleExamples examples) {
        this.catalog = catalog;
        this.examples = examples;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("problems", catalog.problems().size() + examples.failures(false).size());
        return "pages/admin/home";
    }
}
