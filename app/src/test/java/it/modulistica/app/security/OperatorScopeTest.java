package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class OperatorScopeTest {

    @Test
    void categoryScopeCoversOnlyModulesOfThatCategory() {
        OperatorScope scope = OperatorScope.category("servizi-educativi");

        assertThat(scope.covers("servizi-educativi", "SERV06")).isTrue();
        assertThat(scope.covers("salute", "SAL01")).isFalse();
    }

    @Test
    void moduleScopeCoversOnlyThatModule() {
        OperatorScope scope = OperatorScope.module("SERV06");

        assertThat(scope.covers("servizi-educativi", "SERV06")).isTrue();
        assertThat(scope.covers("servizi-educativi", "SERV07")).isFalse();
    }

    @Test
    void unrestrictedScopeCoversEveryModule() {
        assertThat(OperatorScope.all().covers("tributi-imu-tasi", "IMU01")).isTrue();
    }

    @Test
    void rejectsBoundedScopeWithoutValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OperatorScope(OperatorScope.Type.CATEGORY, null));
    }

    @Test
    void rejectsAdministratorWithScopeAndOperatorWithout() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RoleGrant(Role.ADMIN, OperatorScope.all()));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoleGrant(Role.OPERATOR, null));
    }
}
