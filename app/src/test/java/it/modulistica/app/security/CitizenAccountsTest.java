package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Accounts found, or created for citizens, by the codice fiscale a credential carries. */
@SpringBootTest
class CitizenAccountsTest {

    @Autowired
    CitizenAccounts citizens;

    @Autowired
    UserDirectory users;

    @Test
    void findsTheAccountHoldingTheCodiceFiscaleWhateverItsCase() {
        UserAccount account = citizens.signIn(new IdentifiedPerson("NREFRC75C54A124J", "X", "Y", null));

        assertThat(account.getUsername()).isEqualTo("federica.neri");
        assertThat(account.fullName()).isEqualTo("Federica Neri");
    }

    @Test
    void createsOneCitizenAccountForSomeoneNew() {
        UserAccount created = citizens.signIn(new IdentifiedPerson("GLLPLA82E15F205M", "Paolo", "Galli",
                "paolo.galli@example.org"));
        UserAccount again = citizens.signIn(new IdentifiedPerson("GLLPLA82E15F205M", null, null, null));

        assertThat(created.getUsername()).isEqualTo("GLLPLA82E15F205M");
        assertThat(created.fullName()).isEqualTo("Paolo Galli");
        assertThat(created.email()).contains("paolo.galli@example.org");
        assertThat(created.staff()).isFalse();
        assertThat(again.getUsername()).isEqualTo(created.getUsername());
        assertThat(users.usernamesWithCodiceFiscale("GLLPLA82E15F205M")).containsExactly("GLLPLA82E15F205M");
    }

    @Test
    void refusesACodiceFiscaleHeldByTwoAccounts() {
        users.register(new NewUser("gemello.uno", "Gemello Uno", "vrdlgu90b12d969c", null, List.of()), "x");
        users.register(new NewUser("gemello.due", "Gemello Due", "VRDLGU90B12D969C", null, List.of()), "x");

        assertThatThrownBy(() -> citizens.signIn(new IdentifiedPerson("VRDLGU90B12D969C", null, null, null)))
                .isInstanceOfSatisfying(CredentialRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("fiscal-number-ambiguous"));
    }

    @Test
    void readsTheFiscalNumberWithOrWithoutItsPrefix() {
        assertThat(IdentifiedPerson.codiceFiscale("TINIT-RSSMRA80A01H501U")).contains("RSSMRA80A01H501U");
        assertThat(IdentifiedPerson.codiceFiscale("tinit-rssmra80a01h501u")).contains("RSSMRA80A01H501U");
        assertThat(IdentifiedPerson.codiceFiscale("RSSMRA80A01H501U")).contains("RSSMRA80A01H501U");
        assertThat(IdentifiedPerson.codiceFiscale("TINIT-RSSMRA80A01H501X")).isEmpty();
        assertThat(IdentifiedPerson.codiceFiscale("TINIT-")).isEmpty();
        assertThat(IdentifiedPerson.codiceFiscale(null)).isEmpty();
    }
}
