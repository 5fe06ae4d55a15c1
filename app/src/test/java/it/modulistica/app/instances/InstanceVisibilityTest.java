package it.modulistica.app.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.organisations.OrganisationDirectory;
import it.modulistica.app.organisations.OrganisationRole;
import it.modulistica.app.security.NewUser;
import it.modulistica.app.security.OperatorScope;
import it.modulistica.app.security.RoleGrant;
import it.modulistica.app.security.UserDirectory;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint and page that touches an instance answers 404 to whoever may not see it: a
 * stranger, an official of another comune, an operator of another category. The one entitled to
 * it (the owner, or the module's operator for operator-only pages) gets something else, so each
 * 404 proves something. Endpoints added later (attachments, issued documents, back office) join
 * the table with one line each.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstanceVisibilityTest {

    private static final String OWNER = InstanceFixtures.ALBA_OWNER;
    private static final String MODULE_OPERATOR = "operatore";
    private static final String STRANGER = "mario.rossi";
    private static final String OFFICIAL_OF_BRA = "funzionario.bra";
    private static final String OPERATOR_OF_HEALTH = "operatore.salute";
    private static final List<String> OUTSIDERS = List.of(STRANGER, OFFICIAL_OF_BRA, OPERATOR_OF_HEALTH);
    private static final String ADMIN_AND_OPERATOR = "admin.operatore";
    private static final List<String> OFFICE = List.of(MODULE_OPERATOR, ADMIN_AND_OPERATOR, "admin");

    /**
     * A request on the instance {@code {id}}: a JSON body for the API, form parameters for pages;
     * {@code entitled} is who may do it (or at least see the instance it is about).
     */
    record Endpoint(HttpMethod method, String path, String json, Map<String, String> form, String entitled,
            boolean withFile) {

        static Endpoint of(HttpMethod method, String path) {
            return new Endpoint(method, path, null, Map.of(), OWNER, false);
        }

        Endpoint json(String body) {
            return new Endpoint(method, path, body, form, entitled, withFile);
        }

        Endpoint form(String name, String value) {
            Map<String, String> more = new HashMap<>(form);
            more.put(name, value);
            return new Endpoint(method, path, json, Map.copyOf(more), entitled, withFile);
        }

        Endpoint entitled(String username) {
            return new Endpoint(method, path, json, form, username, withFile);
        }

        /** Sent as {@code multipart/form-data} with a small PDF in the part {@code file}. */
        Endpoint upload() {
            return new Endpoint(method, path, json, form, entitled, true);
        }

        @Override
        public String toString() {
            return method + " " + path + (form.isEmpty() ? "" : " " + form);
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                Endpoint.of(HttpMethod.GET, "/api/instances/{id}"),
                Endpoint.of(HttpMethod.PUT, "/api/instances/{id}/data").json("{}"),
                Endpoint.of(HttpMethod.DELETE, "/api/instances/{id}"),
                Endpoint.of(HttpMethod.GET, "/api/instances/{id}/actions"),
                Endpoint.of(HttpMethod.POST, "/api/instances/{id}/actions/prendi-in-carico").json("{\"note\": \"x\"}"),
                Endpoint.of(HttpMethod.GET, "/api/instances/{id}/pdf"),
                Endpoint.of(HttpMethod.GET, "/api/instances/{id}/history"),
                Endpoint.of(HttpMethod.PUT, "/api/instances/{id}/star"),
                Endpoint.of(HttpMethod.DELETE, "/api/instances/{id}/star"),
                Endpoint.of(HttpMethod.GET, "/api/instances/{id}/deliveries"),
                Endpoint.of(HttpMethod.POST, "/api/instances/{id}/deliveries/receipt"),
                Endpoint.of(HttpMethod.GET, "/istanze/{id}"),
                Endpoint.of(HttpMethod.GET, "/istanze/{id}/visualizza"),
                Endpoint.of(HttpMethod.GET, "/istanze/{id}/riprendi"),
                Endpoint.of(HttpMethod.GET, "/istanze/{id}/passo/1"),
                Endpoint.of(HttpMethod.POST, "/istanze/{id}/passo/1").form("_move", "next"),
                Endpoint.of(HttpMethod.POST, "/istanze/{id}/passo/1").form("_move", "autosave"),
                Endpoint.of(HttpMethod.GET, "/istanze/{id}/azioni/accogli").entitled(MODULE_OPERATOR),
                Endpoint.of(HttpMethod.POST, "/istanze/{id}/azioni/riporta-in-bozza").form("note", "x"),
                Endpoint.of(HttpMethod.GET, "/istanze/{id}/inviata"),
                Endpoint.of(HttpMethod.POST, "/istanze/{id}/importante").form("starred", "true"),
                Endpoint.of(HttpMethod.POST, "/istanze/{id}/ricevuta/reinvia").entitled(MODULE_OPERATOR),
                Endpoint.of(HttpMethod.GET, "/api/instances/{id}/files"),
                Endpoint.of(HttpMethod.POST, "/api/instances/{id}/files").form("field", "/comune/indirizzo").upload(),
                Endpoint.of(HttpMethod.GET, "/api/instances/{id}/files/{file}"),
                Endpoint.of(HttpMethod.DELETE, "/api/instances/{id}/files/{file}"),
                Endpoint.of(HttpMethod.POST, "/api/instances/{id}/actions/invia-integrazione").upload());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    JdbcClient jdbc;

    private String id;
    private String file;
    private final Map<String, Cookie> sessions = new HashMap<>();

    @BeforeAll
    void sentInstanceAndOutsiders() throws Exception {
        if (!users.exists(OFFICIAL_OF_BRA)) {
            users.register(new NewUser(OFFICIAL_OF_BRA, "Funzionario di Bra", null, null, List.of()), "demo");
        }
        organisations.grant(OFFICIAL_OF_BRA, "004029", OrganisationRole.FUNZIONARIO);
        if (!users.exists(OPERATOR_OF_HEALTH)) {
            users.register(new NewUser(OPERATOR_OF_HEALTH, "Operatore Salute", null, null,
                    List.of(RoleGrant.operator(OperatorScope.category("salute")))), "demo");
        }
        if (!users.exists(ADMIN_AND_OPERATOR)) {
            users.register(new NewUser(ADMIN_AND_OPERATOR, "Amministratore e operatore", null, null,
                    List.of(RoleGrant.admin(), RoleGrant.operator(OperatorScope.category("servizi-educativi")))), "demo");
        }
        id = InstanceFixtures.sentForAlba(mvc, mapper);
        file = attachmentOfAnIntegration();
        for (String user : List.of(OWNER, MODULE_OPERATOR, STRANGER, OFFICIAL_OF_BRA, OPERATOR_OF_HEALTH,
                ADMIN_AND_OPERATOR, "admin")) {
            sessions.put(user, InstanceFixtures.session(mvc, user));
        }
    }

    /**
     * Takes the instance through an integration, so that it holds a file: the office asks for it,
     * the owner answers with a PDF; the instance is then back in the office's hands.
     */
    private String attachmentOfAnIntegration() throws Exception {
        mvc.perform(post("/api/instances/" + id + "/actions/prendi-in-carico").with(httpBasic(MODULE_OPERATOR, "demo")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/instances/" + id + "/actions/richiedi-integrazione").with(httpBasic(MODULE_OPERATOR, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Manca la delibera\"}"))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/instances/" + id + "/actions/invia-integrazione").file(pdf("attachments"))
                        .param("note", "Ecco la delibera").with(httpBasic(OWNER, "demo")))
                .andExpect(status().isOk());
        String files = mvc.perform(get("/api/instances/" + id + "/files").with(httpBasic(OWNER, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return mapper.readTree(files).get(0).get("id").asText();
    }

    private static MockMultipartFile pdf(String part) {
        return new MockMultipartFile(part, "delibera.pdf", "application/pdf",
                ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    }

    private String path(Endpoint endpoint, String instance) {
        return endpoint.path().replace("{id}", instance).replace("{file}", file);
    }

    private int call(Endpoint endpoint, String username) throws Exception {
        return call(endpoint, username, id);
    }

    private int call(Endpoint endpoint, String username, String instance) throws Exception {
        MockHttpServletRequestBuilder request = (endpoint.withFile()
                ? multipart(endpoint.method(), URI.create(path(endpoint, instance))).file(pdf(endpoint.path().endsWith("/files")
                        ? "file" : "attachments"))
                : request(endpoint.method(), path(endpoint, instance)))
                .cookie(sessions.get(username)).with(csrf());
        if (endpoint.json() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.json());
        }
        endpoint.form().forEach(request::param);
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long refusalsRecorded(String username, Endpoint endpoint) {
        return refusalsRecorded(username, endpoint, id, "%");
    }

    private long refusalsRecorded(String username, Endpoint endpoint, String instance, String details) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE event_type = 'ACCESS_REFUSED' AND username = ?"
                        + " AND target = ? AND details LIKE ? AND details LIKE ?")
                .params(username, "instance:" + instance, "%" + endpoint.method() + " " + path(endpoint, instance) + "\"%",
                        details)
                .query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers404ToEveryoneWhoMayNotSeeTheInstance(Endpoint endpoint) throws Exception {
        for (String outsider : OUTSIDERS) {
            long refusedBefore = refusalsRecorded(outsider, endpoint);

            assertThat(call(endpoint, outsider)).as(endpoint + " as " + outsider).isEqualTo(404);
            assertThat(refusalsRecorded(outsider, endpoint)).as("refusal of " + endpoint + " to " + outsider + " recorded")
                    .isEqualTo(refusedBefore + 1);
        }
        assertThat(call(endpoint, endpoint.entitled())).as(endpoint + " as " + endpoint.entitled())
                .isNotEqualTo(404).isLessThan(500);
    }

    /**
     * A draft (BOZZA, and DA_INVIARE: completed but not sent) is nobody's business but its
     * compilers': the module's operator, an admin who is also its operator and a plain admin get
     * 404 on every endpoint and page, each refusal recorded as a draft. Each endpoint gets fresh
     * drafts, since the owner's own call may change or delete them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers404ToOperatorsAndAdminsOnDrafts(Endpoint endpoint) throws Exception {
        for (List<String> actions : List.of(List.<String>of(), List.of("completa"))) {
            String draft = InstanceFixtures.filledForAlba(mvc, mapper, actions);
            for (String official : OFFICE) {
                assertThat(call(endpoint, official, draft)).as(endpoint + " on a draft " + actions + " as " + official)
                        .isEqualTo(404);
                assertThat(refusalsRecorded(official, endpoint, draft, "%\"draft\":true%"))
                        .as("refusal of " + endpoint + " on a draft to " + official + " recorded").isEqualTo(1);
            }
            if (endpoint.entitled().equals(OWNER) && !endpoint.path().contains("{file}")) {
                assertThat(call(endpoint, OWNER, draft)).as(endpoint + " on a draft as its owner")
                        .isNotEqualTo(404).isLessThan(500);
            }
        }
    }
}
