package it.modulistica.app.admin;

import it.modulistica.app.organisations.Organisation;
import it.modulistica.app.organisations.OrganisationDirectory;
import java.util.List;
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

/** {@code /api/admin/organisations}: list, create and edit organisations; one with its members. */
@RestController
@RequestMapping(path = "/api/admin/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
class OrganisationsController {

    private final OrganisationDirectory organisations;
    private final OrganisationAdministration administration;

    OrganisationsController(OrganisationDirectory organisations, OrganisationAdministration administration) {
        this.organisations = organisations;
        this.administration = administration;
    }

    @GetMapping
    List<Organisation> list() {
        return organisations.all();
    }

    @GetMapping("/{code}")
    OrganisationAdministration.OrganisationDetail organisation(@PathVariable String code) {
        return administration.detail(code);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    OrganisationAdministration.OrganisationDetail create(
            @RequestBody OrganisationAdministration.OrganisationForm form, Authentication admin) {
        return administration.create(form, admin.getName());
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    OrganisationAdministration.OrganisationDetail update(@PathVariable String code,
            @RequestBody OrganisationAdministration.OrganisationForm form, Authentication admin) {
        return administration.update(code, form, admin.getName());
    }
}
