package it.modulistica.app.pages.admin;

import it.modulistica.engine.definition.FormCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin}: what an administrator can do, each a link, with the count of definition problems. */
@Controller
class AdminHomePage {

    private final FormCatalog catalog;

    AdminHomePage(FormCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("problems", catalog.problems().size());
        return "pages/admin/home";
    }
}
