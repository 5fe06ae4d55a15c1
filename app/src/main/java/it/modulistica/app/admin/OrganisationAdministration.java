package it.modulistica.app.admin;

import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.app.organisations.Organisation;
import it.modulistica.app.organisations.OrganisationDirectory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' changes to organisations, checked and audited: a municipality's code is its ISTAT
 * code (6 digits), other bodies have a code of letters, digits and dashes; the codice fiscale is an
 * organisation's (11 digits with the check digit), the PEC an e-mail address.
 */
@Service
public class OrganisationAdministration {

    private static final Pattern ISTAT = Pattern.compile("[0-9]{6}");
    private static final Pattern OTHER_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,19}");

    private final OrganisationDirectory organisations;
    private final AuditLog audit;

    OrganisationAdministration(OrganisationDirectory organisations, AuditLog audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    /** An organisation as an admin writes it; the code only when creating it. */
    public record OrganisationForm(String code, String kind, String name, String codiceFiscale, String pec) {
    }

    /** One organisation for admins, with its members. */
    public record OrganisationDetail(Organisation organisation, List<OrganisationDirectory.Member> members) {
    }

    @Transactional(readOnly = true)
    public OrganisationDetail detail(String code) {
        Organisation organisation = organisations.find(code).orElseThrow(() -> NotFound.organisation(code));
        return new OrganisationDetail(organisation, organisations.members(code));
    }

    @Transactional
    public OrganisationDetail create(OrganisationForm form, String admin) {
        RequestChecks checks = new RequestChecks();
        Organisation.Kind kind = kind(form.kind(), checks);
        String code = checks.required("/code", form.code(), 20);
        if (code != null && !checks.hasErrorAt("/code")) {
            if (!(kind == Organisation.Kind.COMUNE ? ISTAT : OTHER_CODE).matcher(code).matches()) {
                checks.add("/code", kind == Organisation.Kind.COMUNE ? "istatCode" : "organisationCode");
            } else if (organisations.find(code).isPresent()) {
                checks.add("/code", "taken");
            }
        }
        Organisation organisation = organisation(code, kind, form, checks);
        checks.throwIfAny();
        organisations.register(organisation);
        record(admin, code, "create", organisation);
        return detail(code);
    }

    @Transactional
    public OrganisationDetail update(String code, OrganisationForm form, String admin) {
        detail(code);
        RequestChecks checks = new RequestChecks();
        Organisation.Kind kind = kind(form.kind(), checks);
        if (kind == Organisation.Kind.COMUNE && !ISTAT.matcher(code).matches()) {
            checks.add("/kind", "istatCode");
        }
        Organisation organisation = organisation(code, kind, form, checks);
        checks.throwIfAny();
        organisations.update(organisation);
        record(admin, code, "update", organisation);
        return detail(code);
    }

    private static Organisation organisation(String code, Organisation.Kind kind, OrganisationForm form,
            RequestChecks checks) {
        String name = checks.required("/name", form.name(), 200);
        String codiceFiscale = checks.optional("/codiceFiscale", form.codiceFiscale(), 11);
        checks.format("/codiceFiscale", codiceFiscale, "codice-fiscale-ente", "codiceFiscaleEnte");
        String pec = checks.optional("/pec", form.pec(), 320);
        checks.format("/pec", pec, "pec", "pec");
        return code == null || kind == null || name == null ? null
                : new Organisation(code, kind, name, codiceFiscale, pec);
    }

    private static Organisation.Kind kind(String kind, RequestChecks checks) {
        if (kind == null || kind.isBlank()) {
            checks.add("/kind", "required");
            return null;
        }
        if (Arrays.stream(Organisation.Kind.values()).noneMatch(k -> k.name().equals(kind))) {
            checks.add("/kind", "enum");
            return null;
        }
        return Organisation.Kind.valueOf(kind);
    }

    private void record(String admin, String code, String action, Organisation organisation) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", action);
        details.put("kind", organisation.kind().name());
        details.put("name", organisation.name());
        details.put("codiceFiscale", organisation.codiceFiscale());
        details.put("pec", organisation.pec());
        audit.record(AuditEventType.ORGANISATION_CHANGE, admin, "organisation:" + code, AuditOutcome.SUCCESS, details);
    }
}
