package it.modulistica.app.organisations;

import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations stored in {@code organisation} and the users' roles in them, from {@code membership}. */
@Service
public class OrganisationDirectory {

    private final JdbcClient jdbc;

    public OrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(String code) {
        return jdbc.sql("SELECT code, kind, name, codice_fiscale, pec FROM organisation WHERE code = ?")
                .param(code)
                .query((rs, row) -> new Organisation(rs.getString("code"), Organisation.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("codice_fiscale"), rs.getString("pec")))
                .optional();
    }

    /** The names of those of {@code codes} that are registered organisations, by code, in one query. */
    public Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT code, name FROM organisation WHERE code IN (:codes)").param("codes", codes)
                    .query((rs, row) -> Map.entry(rs.getString("code"), rs.getString("name"))).list()
                    .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        }
        return names;
    }

    /** The user's memberships, by organisation name then role. */
    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(String username) {
        return jdbc.sql("""
                        SELECT o.code, o.kind, o.name, o.codice_fiscale, o.pec, m.role
                        FROM membership m JOIN organisation o ON o.code = m.organisation_code
                        WHERE m.username = ? ORDER BY o.name, m.role""")
                .param(username)
                .query((rs, row) -> new Membership(
                        new Organisation(rs.getString("code"), Organisation.Kind.valueOf(rs.getString("kind")),
                                rs.getString("name"), rs.getString("codice_fiscale"), rs.getString("pec")),
                        OrganisationRole.valueOf(rs.getString("role"))))
                .list();
    }

    /** Every organisation, by name. */
    @Transactional(readOnly = true)
    public List<Organisation> all() {
        return jdbc.sql("SELECT code, kind, name, codice_fiscale, pec FROM organisation ORDER BY name, code")
                .query((rs, row) -> new Organisation(rs.getString("code"), Organisation.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("codice_fiscale"), rs.getString("pec")))
                .list();
    }

    /** A user's role in an organisation, from the organisation's side. */
    public record Member(String username, String fullName, OrganisationRole role) {
    }

    /** The members of the organisation, by username then role. */
    @Transactional(readOnly = true)
    public List<Member> members(String code) {
        return jdbc.sql("""
                        SELECT m.username, u.full_name, m.role FROM membership m JOIN app_user u ON u.username = m.username
                        WHERE m.organisation_code = ? ORDER BY m.username, m.role""")
                .param(code)
                .query((rs, row) -> new Member(rs.getString("username"), rs.getString("full_name"),
                        OrganisationRole.valueOf(rs.getString("role"))))
                .list();
    }

    /** Writes the organisation's kind, name, codice fiscale and PEC; its code never changes. */
    @Transactional
    public void update(Organisation organisation) {
        jdbc.sql("UPDATE organisation SET kind = ?, name = ?, codice_fiscale = ?, pec = ? WHERE code = ?")
                .params(organisation.kind().name(), organisation.name(), organisation.codiceFiscale(),
                        organisation.pec(), organisation.code())
                .update();
    }

    /** @return whether the user held the role there */
    @Transactional
    public boolean revoke(String username, String organisationCode, OrganisationRole role) {
        return jdbc.sql("DELETE FROM membership WHERE username = ? AND organisation_code = ? AND role = ?")
                .params(username, organisationCode, role.name())
                .update() > 0;
    }

    /** Stores the organisation; fails if its code is taken. */
    @Transactional
    public void register(Organisation organisation) {
        jdbc.sql("INSERT INTO organisation (code, kind, name, codice_fiscale, pec) VALUES (?, ?, ?, ?, ?)")
                .params(organisation.code(), organisation.kind().name(), organisation.name(),
                        organisation.codiceFiscale(), organisation.pec())
                .update();
    }

    /** Gives the user the role in the organisation; giving it again changes nothing. */
    @Transactional
    public void grant(String username, String organisationCode, OrganisationRole role) {
        jdbc.sql("""
                        INSERT INTO membership (username, organisation_code, role)
                        SELECT ?, ?, ? FROM (VALUES (1)) one WHERE NOT EXISTS (
                            SELECT 1 FROM membership WHERE username = ? AND organisation_code = ? AND role = ?)""")
                .params(username, organisationCode, role.name(), username, organisationCode, role.name())
                .update();
    }
}
