package it.modulistica.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administration API: categories, publication (enforced for compilers), module history,
 * users, roles, organisations and memberships, each change audited; run on every database by its
 * subclasses.
 */
abstract class AdminApiContract {

    static final String MODULE = "utenti-servizi-06";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "it");
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> admin(HttpMethod method, String path, Object body) {
        return call("admin", method, path, body);
    }

    static List<String> pointers(ResponseEntity<JsonNode> response) {
        return StreamSupport.stream(response.getBody().get("errors").spliterator(), false)
                .map(error -> error.get("pointer").asText()).toList();
    }

    long audited(String type, String target) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE event_type = ? AND target = ? AND username = 'admin'")
                .params(type, target).query(Long.class).single();
    }

    private ResponseEntity<JsonNode> createInstance() {
        return call("federica.neri", HttpMethod.POST, "/api/instances", Map.of("form", MODULE, "organisation", "004003"));
    }

    private JsonNode listedForm() {
        JsonNode forms = call("mario.rossi", HttpMethod.GET, "/api/forms", null).getBody();
        return StreamSupport.stream(forms.spliterator(), false)
                .filter(form -> form.get("code").asText().equals(MODULE)).findFirst().orElse(null);
    }

    @AfterEach
    void publishAgain() {
        admin(HttpMethod.POST, "/api/admin/forms/" + MODULE + "/publication", Map.of("status", "PUBLISHED"));
        admin(HttpMethod.PUT, "/api/admin/forms/" + MODULE + "/category", Map.of("category", "servizi-educativi"));
    }

    @Test
    void createsRestylesAndMovesACategoryAndAuditsEachChange() {
        ResponseEntity<JsonNode> created = admin(HttpMethod.POST, "/api/admin/categories",
                Map.of("code", "servizi-sociali", "name", "Servizi sociali", "icon", "it-user", "colour", "success"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("position").asInt()).isEqualTo(8);

        JsonNode updated = admin(HttpMethod.PUT, "/api/admin/categories/servizi-sociali",
                Map.of("name", "Politiche sociali", "icon", "it-pa", "colour", "warning")).getBody();
        assertThat(updated.get("name").asText()).isEqualTo("Politiche sociali");
        assertThat(updated.get("icon").asText()).isEqualTo("it-pa");

        JsonNode moved = admin(HttpMethod.POST, "/api/admin/categories/servizi-sociali/move",
                Map.of("direction", "up")).getBody();
        assertThat(StreamSupport.stream(moved.spliterator(), false).map(c -> c.get("code").asText()).toList())
                .endsWith("tributi-imu-tasi", "servizi-sociali", "assistenza");
        assertThat(audited("CATEGORY_CHANGE", "category:servizi-sociali")).isEqualTo(3);
    }

    @Test
    void refusesACategoryWithWrongMembersBesideEachAndATakenCode() {
        ResponseEntity<JsonNode> wrong = admin(HttpMethod.POST, "/api/admin/categories",
                Map.of("code", "Servizi Sociali", "name", " ", "icon", "it-unicorn", "colour", "fucsia"));
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(pointers(wrong)).containsExactly("/code", "/name", "/icon", "/colour");
        assertThat(wrong.getBody().get("errors").get(2).get("message").asText())
                .isEqualTo("Scegliere una delle icone proposte");

        ResponseEntity<JsonNode> taken = admin(HttpMethod.POST, "/api/admin/categories",
                Map.of("code", "salute", "name", "Salute", "icon", "it-folder", "colour", "primary"));
        assertThat(pointers(taken)).containsExactly("/code");
        assertThat(taken.getBody().get("errors").get(0).get("code").asText()).isEqualTo("taken");
        assertThat(admin(HttpMethod.PUT, "/api/admin/categories/non-esiste",
                Map.of("name", "X", "icon", "it-folder", "colour", "primary")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void assigningAModuleToACategoryMovesItInTheCitizensCatalogueAtOnce() {
        long before = audited("CATEGORY_CHANGE", "form:" + MODULE);
        ResponseEntity<JsonNode> assigned = admin(HttpMethod.PUT, "/api/admin/forms/" + MODULE + "/category",
                Map.of("category", "salute"));

        assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(assigned.getBody().get("category").asText()).isEqualTo("salute");
        assertThat(assigned.getBody().get("definitionCategory").asText()).isEqualTo("servizi-educativi");
        assertThat(listedForm().get("category").asText()).isEqualTo("salute");
        assertThat(audited("CATEGORY_CHANGE", "form:" + MODULE)).isEqualTo(before + 1);
        assertThat(pointers(admin(HttpMethod.PUT, "/api/admin/forms/" + MODULE + "/category",
                Map.of("category", "non-esiste")))).containsExactly("/category");
    }

    @Test
    void operatorsOfTheCategoryAModuleIsAssignedToProcessItsInstancesInsteadOfTheDefinitionsCategory() {
        admin(HttpMethod.POST, "/api/admin/users", Map.of("username", "sara.salute", "fullName", "Sara Salute",
                "password", "una-password-lunga"));
        admin(HttpMethod.POST, "/api/admin/users/sara.salute/roles",
                Map.of("role", "OPERATOR", "scopeType", "CATEGORY", "scopeValue", "salute"));
        assertThat(backofficeModules("sara.salute")).doesNotContain(MODULE);
        assertThat(backofficeModules("operatore")).contains(MODULE);

        admin(HttpMethod.PUT, "/api/admin/forms/" + MODULE + "/category", Map.of("category", "salute"));

        assertThat(backofficeModules("sara.salute")).contains(MODULE);
        assertThat(backofficeModules("operatore")).doesNotContain(MODULE);
    }

    private List<String> backofficeModules(String operator) {
        ResponseEntity<JsonNode> forms = http.withBasicAuth(operator, operator.equals("operatore") ? "demo"
                : "una-password-lunga").getForEntity("/api/backoffice/forms", JsonNode.class);
        assertThat(forms.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(forms.getBody().spliterator(), false)
                .map(form -> form.get("code").asText()).toList();
    }

    @Test
    void aSuspendedModuleShowsWhyAndCannotBeCompiledUntilPublishedAgain() {
        ResponseEntity<JsonNode> noReason = admin(HttpMethod.POST, "/api/admin/forms/" + MODULE + "/publication",
                Map.of("status", "SUSPENDED"));
        assertThat(pointers(noReason)).containsExactly("/reason");
        String draft = createInstance().getBody().get("id").asText();

        assertThat(admin(HttpMethod.POST, "/api/admin/forms/" + MODULE + "/publication",
                Map.of("status", "SUSPENDED", "reason", "Aggiornamento dei requisiti")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> refused = createInstance();
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText())
                .isEqualTo("Il modulo è sospeso e non può essere compilato né inviato: Aggiornamento dei requisiti");
        assertThat(refused.getBody().get("publication").asText()).isEqualTo("SUSPENDED");
        assertThat(call("federica.neri", HttpMethod.PUT, "/api/instances/" + draft + "/data", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(call("federica.neri", HttpMethod.GET, "/api/instances/" + draft, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(listedForm().get("publication").asText()).isEqualTo("SUSPENDED");
        assertThat(listedForm().get("suspension").asText()).isEqualTo("Aggiornamento dei requisiti");

        admin(HttpMethod.POST, "/api/admin/forms/" + MODULE + "/publication", Map.of("status", "PUBLISHED"));
        assertThat(createInstance().getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aRetiredModuleLeavesTheCatalogueWhileItsInstancesStayReadable() {
        String id = createInstance().getBody().get("id").asText();

        admin(HttpMethod.POST, "/api/admin/forms/" + MODULE + "/publication", Map.of("status", "RETIRED"));

        assertThat(listedForm()).isNull();
        assertThat(createInstance().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(call("federica.neri", HttpMethod.GET, "/api/instances/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(audited("PUBLICATION_CHANGE", "form:" + MODULE)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theModulePageApiShowsWhoChangedPublicationAndWindowAndWhen() {
        admin(HttpMethod.POST, "/api/admin/forms/" + MODULE + "/publication",
                Map.of("status", "SUSPENDED", "reason", "Verifica"));
        admin(HttpMethod.POST, "/api/admin/forms/" + MODULE + "/window/unlocks",
                Map.of("organisation", "004029", "reason", "Guasto del sistema"));

        JsonNode detail = admin(HttpMethod.GET, "/api/admin/forms/" + MODULE, null).getBody();

        assertThat(detail.get("module").get("publication").get("status").asText()).isEqualTo("SUSPENDED");
        JsonNode latest = detail.get("publications").get(0);
        assertThat(latest.get("changedBy").asText()).isEqualTo("admin");
        assertThat(latest.get("reason").asText()).isEqualTo("Verifica");
        assertThat(latest.hasNonNull("changedAt")).isTrue();
        assertThat(detail.get("extensions").get(0).get("createdBy").asText()).isEqualTo("admin");
        assertThat(detail.get("unlocks").get(0).get("organisation").asText()).isEqualTo("004029");
        assertThat(detail.get("diagram").asText()).startsWith("stateDiagram-v2");
        assertThat(pointers(admin(HttpMethod.POST, "/api/admin/forms/" + MODULE + "/window/unlocks",
                Map.of("organisation", "999999", "reason", "x")))).containsExactly("/organisation");
    }

    @Test
    void listsTheDefinitionsProblemsAndTheWorkflowDiagram() {
        assertThat(admin(HttpMethod.GET, "/api/admin/forms/problems", null).getBody().isArray()).isTrue();
        JsonNode diagram = admin(HttpMethod.GET, "/api/admin/forms/" + MODULE + "/diagram", null).getBody();
        assertThat(diagram.get("mermaid").asText()).contains("[*] --> BOZZA");
    }

    @Test
    void createsAUserWithAHashedPasswordWhoCanThenSignIn() {
        ResponseEntity<JsonNode> wrong = admin(HttpMethod.POST, "/api/admin/users", Map.of("username", "Anna Bianchi",
                "fullName", "", "codiceFiscale", "RSSMRA80A01H501X", "email", "anna@", "password", "corta"));
        assertThat(pointers(wrong)).containsExactly("/username", "/fullName", "/codiceFiscale", "/email", "/password");
        assertThat(pointers(admin(HttpMethod.POST, "/api/admin/users", Map.of("username", "mario.rossi",
                "fullName", "Mario", "password", "abbastanza-lunga")))).containsExactly("/username");

        ResponseEntity<JsonNode> created = admin(HttpMethod.POST, "/api/admin/users", Map.of("username", "anna.bianchi",
                "fullName", "Anna Bianchi", "codiceFiscale", "rssmra80a01h501u", "email", "anna@example.org",
                "password", "una-password-lunga"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'anna.bianchi'").query(String.class)
                .single()).startsWith("{bcrypt}");
        assertThat(http.withBasicAuth("anna.bianchi", "una-password-lunga").getForEntity("/api/me", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(audited("USER_CHANGE", "user:anna.bianchi")).isEqualTo(1);
    }

    @Test
    void disablesAUserAndGrantsAndRevokesScopedRoles() {
        admin(HttpMethod.POST, "/api/admin/users", Map.of("username", "luca.gialli", "fullName", "Luca Gialli",
                "password", "una-password-lunga"));

        JsonNode granted = admin(HttpMethod.POST, "/api/admin/users/luca.gialli/roles",
                Map.of("role", "OPERATOR", "scopeType", "CATEGORY", "scopeValue", "salute")).getBody();
        assertThat(granted.get("grants").get(0).get("grant").get("scope").get("value").asText()).isEqualTo("salute");
        assertThat(pointers(admin(HttpMethod.POST, "/api/admin/users/luca.gialli/roles",
                Map.of("role", "OPERATOR", "scopeType", "MODULE", "scopeValue", "non-esiste"))))
                .containsExactly("/scopeValue");
        long id = granted.get("grants").get(0).get("id").asLong();
        assertThat(admin(HttpMethod.DELETE, "/api/admin/users/luca.gialli/roles/" + id, null).getBody().get("grants"))
                .isEmpty();

        admin(HttpMethod.PUT, "/api/admin/users/luca.gialli/enabled", Map.of("enabled", false));
        assertThat(http.withBasicAuth("luca.gialli", "una-password-lunga").getForEntity("/api/me", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(audited("USER_CHANGE", "user:luca.gialli")).isEqualTo(4);
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        JsonNode self = admin(HttpMethod.GET, "/api/admin/users/admin", null).getBody();
        long adminRole = self.get("grants").get(0).get("id").asLong();

        assertThat(admin(HttpMethod.DELETE, "/api/admin/users/admin/roles/" + adminRole, null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(admin(HttpMethod.PUT, "/api/admin/users/admin/enabled", Map.of("enabled", false)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(admin(HttpMethod.GET, "/api/admin/users/non-esiste", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void createsAndEditsOrganisationsCheckingIstatCodeCodiceFiscaleAndPec() {
        ResponseEntity<JsonNode> wrong = admin(HttpMethod.POST, "/api/admin/organisations", Map.of("code", "4003",
                "kind", "COMUNE", "name", "Comune di Cuneo", "codiceFiscale", "00480530040", "pec", "non-una-pec"));
        assertThat(pointers(wrong)).containsExactly("/code", "/codiceFiscale", "/pec");

        ResponseEntity<JsonNode> created = admin(HttpMethod.POST, "/api/admin/organisations", Map.of("code", "004078",
                "kind", "COMUNE", "name", "Comune di Cuneo", "codiceFiscale", "00480530047",
                "pec", "protocollo.cuneo@pec.example.org"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(pointers(admin(HttpMethod.POST, "/api/admin/organisations", Map.of("code", "004078",
                "kind", "COMUNE", "name", "Doppio")))).containsExactly("/code");

        JsonNode edited = admin(HttpMethod.PUT, "/api/admin/organisations/004078",
                Map.of("kind", "COMUNE", "name", "Città di Cuneo")).getBody();
        assertThat(edited.get("organisation").get("name").asText()).isEqualTo("Città di Cuneo");
        assertThat(audited("ORGANISATION_CHANGE", "organisation:004078")).isEqualTo(2);
    }

    @Test
    void addsAndRemovesMemberships() {
        JsonNode added = admin(HttpMethod.POST, "/api/admin/users/mario.rossi/memberships",
                Map.of("organisation", "004029", "role", "FUNZIONARIO")).getBody();
        assertThat(added.get("memberships").get(0).get("organisation").get("code").asText()).isEqualTo("004029");
        assertThat(call("mario.rossi", HttpMethod.GET, "/api/me", null).getBody().toString()).contains("004029");
        assertThat(pointers(admin(HttpMethod.POST, "/api/admin/users/mario.rossi/memberships",
                Map.of("organisation", "999999", "role", "SINDACO")))).containsExactly("/organisation", "/role");

        JsonNode removed = admin(HttpMethod.DELETE, "/api/admin/users/mario.rossi/memberships/004029/FUNZIONARIO",
                null).getBody();
        assertThat(removed.get("memberships")).isEmpty();
        assertThat(audited("USER_CHANGE", "user:mario.rossi")).isEqualTo(2);
    }

    @Test
    void onlyAdminsUseTheAdministrationApi() {
        assertThat(call("operatore", HttpMethod.GET, "/api/admin/categories", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call("mario.rossi", HttpMethod.POST, "/api/admin/forms/" + MODULE + "/publication",
                Map.of("status", "RETIRED")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call("operatore", HttpMethod.POST, "/api/admin/users", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(listedForm()).isNotNull();
    }
}
