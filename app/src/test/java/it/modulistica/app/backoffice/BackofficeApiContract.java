package it.modulistica.app.backoffice;

import static it.modulistica.app.backoffice.Submissions.ALBA;
import static it.modulistica.app.backoffice.Submissions.BRA;
import static it.modulistica.app.backoffice.Submissions.FORM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.security.NewUser;
import it.modulistica.app.security.OperatorScope;
import it.modulistica.app.security.RoleGrant;
import it.modulistica.app.security.UserDirectory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code /api/backoffice} on every database, its subclasses choosing which: the lists of the
 * operator of the category, filtered, sorted and paged by the database, of instances reached through
 * real transitions; bad parameters answered with problem details; nothing for an operator of
 * another category.
 */
abstract class BackofficeApiContract {

    static final String OPERATOR = "operatore";
    static final String OTHER_OPERATOR = "operatore.sanita";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    UserDirectory users;

    Submissions submissions;

    @BeforeEach
    void setUp() {
        submissions = new Submissions(http, mapper);
        if (!users.exists(OTHER_OPERATOR)) {
            users.register(new NewUser(OTHER_OPERATOR, "Operatore Sanità", null, null,
                    List.of(RoleGrant.operator(OperatorScope.category("sanita")))), "demo");
        }
    }

    JsonNode list(String query) {
        return submissions.exchange(OPERATOR, HttpMethod.GET, "/api/backoffice/instances?form=" + FORM + "&" + query,
                null, HttpStatus.OK);
    }

    static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("number").asText()));
        return numbers;
    }

    @Test
    void listsSentInstancesUnderTheTabOfTheirStateAndNeverDrafts() {
        String token = Submissions.token();
        submissions.draft(ALBA, token, data -> { });
        Submissions.Sent first = submissions.send(ALBA, token);
        Submissions.Sent second = submissions.send(ALBA, token);

        assertThat(numbers(list("q=" + token))).containsExactlyInAnyOrder(first.number(), second.number());
        assertThat(numbers(list("tab=pervenute&q=" + token))).hasSize(2);

        submissions.act(OPERATOR, first.id(), "prendi-in-carico", null);

        assertThat(numbers(list("tab=pervenute&q=" + token))).containsExactly(second.number());
        JsonNode working = list("tab=in-lavorazione&q=" + token);
        assertThat(numbers(working)).containsExactly(first.number());
        assertThat(working.get("items").get(0).get("state").asText()).isEqualTo("IN_LAVORAZIONE");
        assertThat(working.get("items").get(0).get("backofficeTab").asText()).isEqualTo("in-lavorazione");
        assertThat(numbers(list("tab=concluse&q=" + token))).isEmpty();

        submissions.act(OPERATOR, first.id(), "richiedi-integrazione", "Manca la firma");
        assertThat(numbers(list("tab=in-attesa-integrazione&q=" + token))).containsExactly(first.number());
    }

    @Test
    void countsEveryTabOfTheModulesInScope() {
        String token = Submissions.token();
        JsonNode before = submissions.exchange(OPERATOR, HttpMethod.GET, "/api/backoffice/forms", null, HttpStatus.OK);
        submissions.send(ALBA, token);

        JsonNode after = submissions.exchange(OPERATOR, HttpMethod.GET, "/api/backoffice/forms", null, HttpStatus.OK);

        assertThat(after.get(0).get("code").asText()).isEqualTo(FORM);
        assertThat(after.get(0).get("tabs").get("pervenute").asLong())
                .isEqualTo(before.get(0).get("tabs").get("pervenute").asLong() + 1);
        assertThat(after.get(0).get("tabs").has("concluse")).isTrue();
    }

    @Test
    void filtersByNumberStateDatesOrganisationDeclarantAndSearchableFields() {
        String token = Submissions.token();
        Submissions.Sent alba = submissions.send(ALBA, token, data -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                data.get("utenti").get(0)).put("nome", "Ottavia"));
        Submissions.Sent bra = submissions.send(BRA, token);
        submissions.act(OPERATOR, bra.id(), "prendi-in-carico", null);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));

        assertThat(numbers(list("q=" + token + "&number=" + alba.number()))).containsExactly(alba.number());
        assertThat(numbers(list("q=" + token + "&state=IN_LAVORAZIONE"))).containsExactly(bra.number());
        assertThat(numbers(list("q=" + token + "&organisation=" + BRA))).containsExactly(bra.number());
        assertThat(numbers(list("q=" + token + "&from=" + today + "&to=" + today))).hasSize(2);
        assertThat(numbers(list("q=" + token + "&from=" + today.plusDays(1)))).isEmpty();
        assertThat(numbers(list("q=" + token + "&to=" + today.minusDays(1)))).isEmpty();
        // The declarant is the compiler prefilled as mayor: Federica Neri, NREFRC75C54A124J.
        assertThat(numbers(list("q=" + token + "&declarant=neri"))).hasSize(2);
        assertThat(numbers(list("q=" + token + "&declarant=NREFRC75C54A124J"))).hasSize(2);
        assertThat(numbers(list("q=" + token + "&declarant=verdi"))).isEmpty();
        // Every word must begin a word of a searchable field (the users' names), accents and case ignored.
        assertThat(numbers(list("q=" + token + "+ottàv"))).containsExactly(alba.number());
        assertThat(numbers(list("q=" + token + "+Gallo"))).hasSize(2);
        // The RUP's name is not searchable.
        assertThat(numbers(list("q=" + token + "+Bianchi"))).isEmpty();
        JsonNode item = list("q=" + token + "&number=" + alba.number()).get("items").get(0);
        assertThat(item.get("declarantName").asText()).isEqualTo("Federica Neri");
        assertThat(item.get("declarantCode").asText()).isEqualTo("NREFRC75C54A124J");
        assertThat(item.get("organisation").asText()).isEqualTo(ALBA);
    }

    @Test
    void sortsAndPagesInTheDatabase() {
        String token = Submissions.token();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(submissions.send(i % 2 == 0 ? ALBA : BRA, token).number());
        }
        List<String> ascending = sent.stream().sorted().toList();

        JsonNode first = list("q=" + token + "&sort=number&size=2&page=0");
        JsonNode second = list("q=" + token + "&sort=number&size=2&page=1");
        JsonNode last = list("q=" + token + "&sort=number&size=2&page=2");

        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(numbers(first)).containsExactlyElementsOf(ascending.subList(0, 2));
        assertThat(numbers(second)).containsExactlyElementsOf(ascending.subList(2, 4));
        assertThat(numbers(last)).containsExactlyElementsOf(ascending.subList(4, 5));
        assertThat(numbers(list("q=" + token + "&sort=-number"))).containsExactlyElementsOf(
                sent.stream().sorted(Comparator.reverseOrder()).toList());
        // The default order is the newest sent first.
        assertThat(numbers(list("q=" + token))).containsExactlyElementsOf(
                sent.stream().sorted(Comparator.reverseOrder()).toList());
        assertThat(numbers(list("q=" + token + "&sort=sentAt"))).containsExactlyElementsOf(sent);
        List<String> byOrganisation = numbers(list("q=" + token + "&sort=organisation"));
        assertThat(byOrganisation.subList(0, 3)).containsExactlyInAnyOrder(sent.get(0), sent.get(2), sent.get(4));
    }

    @Test
    void answersBadParametersWithProblemDetailsNamingThem() {
        assertProblem("tab=sbagliata", HttpStatus.BAD_REQUEST, "tab");
        assertProblem("state=BOZZA", HttpStatus.BAD_REQUEST, "state");
        assertProblem("sort=colore", HttpStatus.BAD_REQUEST, "sort");
        assertProblem("size=0", HttpStatus.BAD_REQUEST, "size");
        assertProblem("page=-1", HttpStatus.BAD_REQUEST, "page");
        assertProblem("from=2024-05-02&to=2024-05-01", HttpStatus.BAD_REQUEST, "to");
        ResponseEntity<JsonNode> notADate = submissions.call(OPERATOR, HttpMethod.GET,
                "/api/backoffice/instances?form=" + FORM + "&from=ieri", null);
        assertThat(notADate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notADate.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ResponseEntity<JsonNode> noForm = submissions.call(OPERATOR, HttpMethod.GET, "/api/backoffice/instances", null);
        assertThat(noForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> unknownForm = submissions.call(OPERATOR, HttpMethod.GET,
                "/api/backoffice/instances?form=non-esiste", null);
        assertThat(unknownForm.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void assertProblem(String query, HttpStatus status, String parameter) {
        ResponseEntity<JsonNode> response = submissions.call(OPERATOR, HttpMethod.GET,
                "/api/backoffice/instances?form=" + FORM + "&" + query, null);
        assertThat(response.getStatusCode()).as(query).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("parameter").asText()).isEqualTo(parameter);
        assertThat(response.getBody().get("detail").asText()).contains(parameter);
    }

    @Test
    void operatorsOfAnotherCategorySeeNothingOfTheseInstances() {
        String token = Submissions.token();
        Submissions.Sent sent = submissions.send(ALBA, token);

        assertThat(submissions.call(OTHER_OPERATOR, HttpMethod.GET, "/api/backoffice/instances?form=" + FORM
                + "&q=" + token, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(submissions.bytes(OTHER_OPERATOR, "/api/backoffice/export?format=csv&form=" + FORM)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(submissions.call(OTHER_OPERATOR, HttpMethod.GET, "/api/backoffice/stats?form=" + FORM, null)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(submissions.exchange(OTHER_OPERATOR, HttpMethod.GET, "/api/backoffice/forms", null, HttpStatus.OK))
                .isEmpty();
        assertThat(submissions.call(OTHER_OPERATOR, HttpMethod.GET, "/api/instances/" + sent.id(), null)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(submissions.call(OTHER_OPERATOR, HttpMethod.POST, "/api/instances/" + sent.id()
                + "/actions/prendi-in-carico", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // A citizen is not an operator at all.
        assertThat(submissions.call(Submissions.OWNER, HttpMethod.GET, "/api/backoffice/instances?form=" + FORM, null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void countsInstancesByStateAndSentPerDay() {
        JsonNode before = submissions.exchange(OPERATOR, HttpMethod.GET, "/api/backoffice/stats?form=" + FORM, null,
                HttpStatus.OK);
        String token = Submissions.token();
        Submissions.Sent sent = submissions.send(ALBA, token);
        submissions.send(BRA, token);
        submissions.act(OPERATOR, sent.id(), "prendi-in-carico", null);

        JsonNode after = submissions.exchange(OPERATOR, HttpMethod.GET, "/api/backoffice/stats?form=" + FORM, null,
                HttpStatus.OK);

        assertThat(count(after.get("byState"), "state", "INVIATA")).isEqualTo(count(before.get("byState"), "state",
                "INVIATA") + 1);
        assertThat(count(after.get("byState"), "state", "IN_LAVORAZIONE")).isEqualTo(count(before.get("byState"),
                "state", "IN_LAVORAZIONE") + 1);
        assertThat(after.get("byState")).extracting(node -> node.get("state").asText()).doesNotContain("BOZZA",
                "DA_INVIARE");
        String today = LocalDate.now(ZoneId.of("Europe/Rome")).toString();
        assertThat(count(after.get("sentPerDay"), "day", today)).isEqualTo(count(before.get("sentPerDay"), "day",
                today) + 2);
    }

    private static long count(JsonNode counts, String key, String value) {
        for (JsonNode count : counts) {
            if (count.get(key).asText().equals(value)) {
                return count.get("count").asLong();
            }
        }
        return 0;
    }
}
