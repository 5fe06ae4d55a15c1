package it.modulistica.app.organisations;

import java.util.List;
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
