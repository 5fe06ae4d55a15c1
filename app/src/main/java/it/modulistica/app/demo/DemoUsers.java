package it.modulistica.app.demo;

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

/** Creates the demo users that are missing, all with the password {@value #PASSWORD}; never in production. */
@Component
@Profile("!prod")
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    // The mayor and the municipal official hold no application role: they act for an organisation,
    // which is a matter of the modules they compile, not of what the application lets them do.
    static final List<NewUser> USERS = List.of(
            new NewUser("federica.neri", "Federica Neri", null, null, List.of()),
            new NewUser("giuseppe.verdi", "Giuseppe Verdi", null, null, List.of()),
            new NewUser("mario.rossi", "Mario Rossi", "RSSMRA80A01H501U", null, List.of()),
            new NewUser("operatore", "Operatore Servizi Educativi", null, null,
                    List.of(RoleGrant.operator(OperatorScope.category("servizi-educativi")))),
            new NewUser("admin", "Amministratore", null, null, List.of(RoleGrant.admin())));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserDirectory directory;

    DemoUsers(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (NewUser user : USERS) {
            if (!directory.exists(user.username())) {
                directory.register(user, PASSWORD);
                log.info("Demo user {} created (password: {})", user.username(), PASSWORD);
            }
        }
    }
}
