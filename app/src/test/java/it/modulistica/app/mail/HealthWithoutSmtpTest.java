package it.modulistica.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.instances.InstanceFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With the SMTP server down (nothing listens on its port), the node stays in the load balancer:
 * the overall health, liveness and readiness answer 200 UP, and the detail "mail" tells admins
 * the server is unreachable and how many e-mails wait. Readiness follows the readiness state,
 * which Spring Boot sets to accepting traffic only once the start-up runners (demo data, search
 * index) are done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=1"})
@AutoConfigureMockMvc
class HealthWithoutSmtpTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @Test
    void livenessReadinessAndOverallHealthAreUpWithoutSmtp() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ResponseEntity<JsonNode> health = http.getForEntity(path, JsonNode.class);
            assertThat(health.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(health.getBody().get("status").asText()).as(path).isEqualTo("UP");
        }
    }

    @Test
    void adminsSeeTheMailOutageInItsOwnDetail() throws Exception {
        JsonNode health = mapper.readTree(mvc.perform(get("/actuator/health").cookie(InstanceFixtures.session(mvc, "admin")))
                .andReturn().getResponse().getContentAsString());

        assertThat(health.get("status").asText()).isEqualTo("UP");
        JsonNode mail = health.at("/components/mail");
        assertThat(mail.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(mail.at("/details/smtp").asText()).isEqualTo("unreachable");
        assertThat(mail.at("/details/transport").asText()).contains("127.0.0.1:1");
        assertThat(mail.at("/details/waiting").isNumber()).isTrue();
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
    }

    @Test
    void readinessAnswers503UntilTheApplicationAcceptsTraffic() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(http.getForEntity("/actuator/health/readiness", JsonNode.class).getStatusCode())
                    .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(http.getForEntity("/actuator/health/liveness", JsonNode.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(http.getForEntity("/actuator/health/readiness", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
