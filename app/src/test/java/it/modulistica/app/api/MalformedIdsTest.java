package it.modulistica.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.modulistica.app.instances.InstanceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** An id in the address that is not an id names nothing: 404 on the API and on the pages, never a logged 500. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class MalformedIdsTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/api/instances/not-a-uuid", "/api/instances/not-a-uuid/pdf",
        "/api/instances/12345/history", "/api/instances/00000000-0000-0000-0000-000000000001/files/x"})
    void apiAnswers404ProblemForAMalformedId(String path, CapturedOutput output) throws Exception {
        mvc.perform(get(path).with(httpBasic("mario.rossi", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Risorsa non trovata"))
                .andExpect(jsonPath("$.detail").value(
                        "L'indirizzo non corrisponde ad alcuna risorsa: l'identificativo non è valido."));
        assertThat(output.getAll()).doesNotContainPattern("Z +ERROR ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/istanze/not-a-uuid", "/istanze/not-a-uuid/visualizza", "/istanze/x/passo/1",
        "/istanze/00000000-0000-0000-0000-000000000001/passo/uno"})
    void pagesAnswer404PageForAMalformedId(String path, CapturedOutput output) throws Exception {
        mvc.perform(get(path).cookie(InstanceFixtures.session(mvc, "mario.rossi")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        assertThat(output.getAll()).doesNotContainPattern("Z +ERROR ");
    }

    @Test
    void mailboxAnswers404ForAMalformedId() throws Exception {
        mvc.perform(get("/admin/mail/not-a-uuid").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMalformedQueryParameterStaysA400() throws Exception {
        mvc.perform(get("/api/instances").param("page", "abc").with(httpBasic("mario.rossi", "demo")))
                .andExpect(status().isBadRequest());
    }
}
