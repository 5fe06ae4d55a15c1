package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles stored in and read from the database. */
@SpringBootTest
@Transactional
class UserDirectoryTest {

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsBackOperatorScopesOfEveryKind() {
        directory.register(new NewUser("anna.bianchi", "Anna Bianchi", "BNCNNA85M41L219X", "anna@comune.example", List.of(
                RoleGrant.operator(OperatorScope.all()),
                RoleGrant.operator(OperatorScope.module("SERV06")),
                RoleGrant.operator(OperatorScope.category("salute")))), "segreta");

        UserAccount anna = directory.loadUserByUsername("anna.bianchi");

        assertThat(anna.operatorScopes()).containsExactly(
                OperatorScope.all(), OperatorScope.module("SERV06"), OperatorScope.category("salute"));
        assertThat(anna.email()).contains("anna@comune.example");
        assertThat(anna.getAuthorities()).extracting(Object::toString).containsExactlyInAnyOrder("ROLE_USER", "ROLE_OPERATOR");
        assertThat(anna.operates("tributi-imu-tasi", "IMU01")).isTrue();
    }

    @Test
    void operatorActsOnlyWithinScope() {
        directory.register(new NewUser("luca.gialli", "Luca Gialli", null, null,
                List.of(RoleGrant.operator(OperatorScope.category("salute")))), "segreta");

        UserAccount luca = directory.loadUserByUsername("luca.gialli");

        assertThat(luca.operates("salute", "SAL01")).isTrue();
        assertThat(luca.operates("servizi-educativi", "SERV06")).isFalse();
    }

    @Test
    void storesPasswordsHashedNeverInClear() {
        directory.register(new NewUser("paola.blu", "Paola Blu", null, null, List.of()), "segreta");

        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'paola.blu'").query(String.class).single();

        assertThat(hash).startsWith("{bcrypt}").doesNotContain("segreta");
    }

    @Test
    void disabledUserLoadsAsDisabled() {
        directory.register(new NewUser("ex.dipendente", "Ex Dipendente", null, null, List.of()), "segreta");
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = 'ex.dipendente'").update();

        assertThat(directory.loadUserByUsername("ex.dipendente").isEnabled()).isFalse();
    }

    @Test
    void unknownUserIsNotFound() {
        assertThatThrownBy(() -> directory.loadUserByUsername("nessuno")).isInstanceOf(UsernameNotFoundException.class);
        assertThat(directory.exists("nessuno")).isFalse();
    }

    @Test
    void refusesATakenUsername() {
        assertThatThrownBy(() -> directory.register(new NewUser("admin", "Altro", null, null, List.of()), "x"))
                .isInstanceOf(DuplicateKeyException.class);
    }
}
