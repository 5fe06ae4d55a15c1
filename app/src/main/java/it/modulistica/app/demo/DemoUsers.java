package it.modulistica.app.demo;

import it.modulistica.app.organisations.Organisation;
import it.modulistica.app.organisations.OrganisationDirectory;
import it.modulistica.app.organisations.OrganisationRole;
import it.modulistica.app.security.NewUser;
import it.modulistica.app.security.OperatorScope;
import it.modulistica.app.security.RoleGrant;
import it.modulistica.app.security.UserDirectory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users, organisations and memberships that are missing, the users all with the
 * password {@value #PASSWORD}; never in production.
 */
@Component
@Profile("!prod")
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    // The mayor and the municipal official hold no application role: they act for an organisation,
    // which is a matter of the modules they compile, not of what the application lets them do.
    // Their codici fiscali are fictitious, with correct check letters.
    static final List<NewUser> USERS = List.of(
            new NewUser("federica.neri", "Federica Neri", "Federica", "Neri", "NREFRC75C54A124J",
                    "federica.neri@example.org", List.of()),
            new NewUser("giuseppe.verdi", "Giuseppe Verdi", "Giuseppe", "Verdi", "VRDGPP70A01A124J",
                    "giuseppe.verdi@example.org", List.of()),
            new NewUser("mario.rossi", "Mario Rossi", "RSSMRA80A01H501U", null, List.of()),
            new NewUser("operatore", "Operatore Servizi Educativi", null, null,
                    List.of(RoleGrant.operator(OperatorScope.category("servizi-educativi")))),
            new NewUser("admin", "Amministratore", null, null, List.of(RoleGrant.admin())));

    static final Organisation ALBA = new Organisation("004003", Organisation.Kind.COMUNE, "Comune di Alba",
            "00296180045", "protocollo.alba@pec.example.org");
    static final Organisation BRA = new Organisation("004029", Organisation.Kind.COMUNE, "Comune di Bra",
            "00498270040", "protocollo.bra@pec.example.org");

    /** A demo user's role in a demo organisation. */
    record DemoMembership(String username, Organisation organisation, OrganisationRole role) {
    }

    static final List<DemoMembership> MEMBERSHIPS = List.of(
            new DemoMembership("federica.neri", ALBA, OrganisationRole.LEGALE_RAPPRESENTANTE),
            new DemoMembership("federica.neri", BRA, OrganisationRole.LEGALE_RAPPRESENTANTE),
            new DemoMembership("giuseppe.verdi", ALBA, OrganisationRole.FUNZIONARIO));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserDirectory directory;
    private final OrganisationDirectory organisations;

    DemoUsers(UserDirectory directory, OrganisationDirectory organisations) {
        this.directory = directory;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (NewUser user : USERS) {
            if (!directory.exists(user.username())) {
                directory.register(user, PASSWORD);
                log.info("Demo user {} created (password: {})", user.username(), PASSWORD);
            }
        }
        for (Organisation organisation : List.of(ALBA, BRA)) {
            if (organisations.find(organisation.code()).isEmpty()) {
                organisations.register(organisation);
            }
        }
        for (DemoMembership membership : MEMBERSHIPS) {
            organisations.grant(membership.username(), membership.organisation().code(), membership.role());
        }
    }
}
