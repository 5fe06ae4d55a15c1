package it.modulistica.app.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The choices of a dependent select, for the page script that refreshes Comune when Provincia changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FieldOptionsApiTest {

    private static final String OPTIONS = "/api/forms/utenti-servizi-06/options?field=/comune/comune";

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> get(String query) {
        return http.withBasicAuth("federica.neri", "demo").getForEntity(OPTIONS + query, JsonNode.class);
    }

    private static List<String> labels(JsonNode options) {
        List<String> labels = new ArrayList<>();
        options.forEach(option -> labels.add(option.get("label").asText()));
        return labels;
    }

    @Test
    void comuniOfCuneoByTheItemKeyOfTheDataSource() {
        ResponseEntity<JsonNode> answer = get("&provincia=CN");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(labels(answer.getBody())).contains("Alba", "Bra").doesNotContain("Torino");
        assertThat(answer.getBody().findValuesAsText("value")).contains("004003", "004029");
    }

    @Test
    void comuniOfTorinoByThePointerOfTheProvinciaField() {
        assertThat(labels(get("&/comune/provincia=TO").getBody())).contains("Torino").doesNotContain("Alba");
    }

    @Test
    void noProvinciaLeavesNoComune() {
        assertThat(get("").getBody()).isEmpty();
    }

    @Test
    void aFieldWithoutChoicesIsNotFound() {
        assertThat(http.withBasicAuth("federica.neri", "demo")
                .getForEntity("/api/forms/utenti-servizi-06/options?field=/comune/cap", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
