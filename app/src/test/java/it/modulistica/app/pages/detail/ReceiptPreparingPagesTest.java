package it.modulistica.app.pages.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.instances.InstanceFixtures;
import it.modulistica.engine.lifecycle.ReceiptOutbox;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The receipt is printed after the sending commits: until it exists, the page after "Invia" and
 * the instance page say "Ricevuta in preparazione" instead of offering it; then they offer it.
 */
@SpringBootTest(properties = "modulistica.receipts.worker-enabled=false")
@AutoConfigureMockMvc
@DirtiesContext
class ReceiptPreparingPagesTest {

    private static final String PREPARING = "data-testid=\"receipt-preparing\">Ricevuta in preparazione:";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    ReceiptOutbox receipts;

    private String page(Cookie session, String path) throws Exception {
        return mvc.perform(get(path).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void pagesSayTheReceiptIsBeingPreparedUntilItIsPrinted() throws Exception {
        String id = InstanceFixtures.sentForAlba(mvc, mapper);
        Cookie owner = InstanceFixtures.session(mvc, "federica.neri");

        assertThat(page(owner, "/istanze/" + id + "/inviata")).contains(PREPARING)
                .doesNotContain("/api/instances/" + id + "/pdf");
        assertThat(page(owner, "/istanze/" + id)).contains(PREPARING)
                .doesNotContain("/api/instances/" + id + "/pdf");

        while (receipts.printPending(100) > 0) {
            // until nothing is pending
        }

        assertThat(page(owner, "/istanze/" + id + "/inviata")).doesNotContain(PREPARING)
                .contains("/api/instances/" + id + "/pdf");
        assertThat(page(owner, "/istanze/" + id)).doesNotContain(PREPARING)
                .contains("/api/instances/" + id + "/pdf");
    }
}
