package it.modulistica.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.modulistica.app.security.OperatorScope;
import it.modulistica.app.security.Role;
import it.modulistica.app.security.UserAccount;
import it.modulistica.app.security.UserDirectory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo users created on start outside production. */
@SpringBootTest
class DemoUsersTest {

    @Autowired
    UserDirectory directory;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void everyDemoUserExistsWithBcryptHashOfDemo() {
        List<String> usernames = List.of("federica.neri", "giuseppe.verdi", "mario.rossi", "operatore", "admin");
        for (String username : usernames) {
            String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                    .query(String.class).single();
            assertThat(hash).startsWith("{bcrypt}");
            assertThat(passwordEncoder.matches("demo", hash)).isTrue();
        }
    }

    @Test
    void demoUsersHaveTheirNamesAndRoles() {
        assertThat(directory.loadUserByUsername("federica.neri").fullName()).isEqualTo("Federica Neri");
        assertThat(directory.loadUserByUsername("giuseppe.verdi").fullName()).isEqualTo("Giuseppe Verdi");
        assertThat(directory.loadUserByUsername("mario.rossi").codiceFiscale()).contains("RSSMRA80A01H501U");

        UserAccount operator = directory.loadUserByUsername("operatore");
        assertThat(operator.fullName()).isEqualTo("Operatore Servizi Educativi");
        assertThat(operator.hasRole(Role.OPERATOR)).isTrue();
        assertThat(operator.hasRole(Role.ADMIN)).isFalse();
        assertThat(operator.operatorScopes()).containsExactly(OperatorScope.category("servizi-educativi"));

        UserAccount admin = directory.loadUserByUsername("admin");
        assertThat(admin.fullName()).isEqualTo("Amministratore");
        assertThat(admin.hasRole(Role.ADMIN)).isTrue();
        assertThat(admin.hasRole(Role.USER)).isTrue();
        assertThat(admin.operatorScopes()).isEmpty();
    }

    @Test
    void startingAgainCreatesNothingAndKeepsPasswords() {
        Map<String, String> before = hashes();
        int grantsBefore = jdbc.sql("SELECT COUNT(*) FROM user_role").query(Integer.class).single();

        demoUsers.run(new DefaultApplicationArguments());

        assertThat(hashes()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_role").query(Integer.class).single()).isEqualTo(grantsBefore);
    }

    @Test
    void aDemoUserDeletedIsCreatedAgainOnNextStart() {
        jdbc.sql("DELETE FROM app_user WHERE username = ?").param("mario.rossi").update();

        demoUsers.run(new DefaultApplicationArguments());

        assertThat(directory.find("mario.rossi")).hasValueSatisfying(mario -> {
            assertThat(mario.codiceFiscale()).contains("RSSMRA80A01H501U");
            assertThat(passwordEncoder.matches("demo", mario.getPassword())).isTrue();
        });
    }

    private Map<String, String> hashes() {
        return Map.ofEntries(jdbc.sql("SELECT username, password_hash FROM app_user")
                .query((rs, row) -> Map.entry(rs.getString("username"), rs.getString("password_hash")))
                .list()
                .toArray(Map.Entry[]::new));
    }
}
