package it.modulistica.app.pages.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.instances.InstanceFixtures;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An instance opened on the pages by anyone but its owner is recorded in the audit log, as through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class OperatorPageReadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    JdbcClient jdbc;

    private List<String> reads(String username, String id) {
        return jdbc.sql("SELECT details FROM audit_event WHERE event_type = 'INSTANCE_READ' AND username = ? AND target = ?"
                        + " ORDER BY id")
                .params(username, "instance:" + id).query(String.class).list();
    }

    private void open(Cookie session, String path) throws Exception {
        mvc.perform(get(path).cookie(session)).andExpect(status().isOk());
    }

    @Test
    void recordsTheOperatorOpeningTheDetailTheViewAndThePdf() throws Exception {
        String id = InstanceFixtures.sentForAlba(mvc, mapper);
        Cookie operator = InstanceFixtures.session(mvc, "operatore");

        open(operator, "/istanze/" + id);
        open(operator, "/istanze/" + id + "/visualizza");
        open(operator, "/api/instances/" + id + "/pdf");

        assertThat(reads("operatore", id)).hasSize(3)
                .satisfiesExactly(
                        details -> assertThat(details).contains("\"read\":\"page\""),
                        details -> assertThat(details).contains("\"read\":\"view\""),
                        details -> assertThat(details).contains("\"read\":\"pdf\""));
    }

    @Test
    void recordsAMemberOfTheOrganisationButNeverTheOwner() throws Exception {
        String id = InstanceFixtures.sentForAlba(mvc, mapper);

        open(InstanceFixtures.session(mvc, InstanceFixtures.ALBA_OWNER), "/istanze/" + id);
        open(InstanceFixtures.session(mvc, InstanceFixtures.ALBA_OWNER), "/istanze/" + id + "/visualizza");
        open(InstanceFixtures.session(mvc, "giuseppe.verdi"), "/istanze/" + id + "/visualizza");

        assertThat(reads(InstanceFixtures.ALBA_OWNER, id)).isEmpty();
        assertThat(reads("giuseppe.verdi", id)).singleElement()
                .satisfies(details -> assertThat(details).contains("\"read\":\"view\""));
    }
}
