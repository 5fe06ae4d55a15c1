package it.modulistica.app.backoffice;

import static it.modulistica.app.backoffice.Submissions.ALBA;
import static it.modulistica.app.backoffice.Submissions.BRA;
import static it.modulistica.app.backoffice.Submissions.FORM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.security.NewUser;
import it.modulistica.engine.backoffice.OperatorCursor;
import it.modulistica.engine.backoffice.OperatorInstances;
import it.modulistica.engine.backoffice.OperatorPage;
import it.modulistica.engine.backoffice.OperatorQuery;
import it.modulistica.engine.backoffice.OperatorSort;
import it.modulistica.engine.backoffice.OperatorSummary;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.instance.TallyRecount;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.Identity;
import it.modulistica.engine.lifecycle.Memberships;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.support.TransactionTemplate;
import it.modulistica.app.security.OperatorScope;
import it.modulistica.app.security.RoleGrant;
import it.modulistica.app.security.UserDirectory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * another category; exports (CSV, XLSX) with their audit, on both databases since PostgreSQL hands
 * the frozen data back from a json column and H2 from a large object.
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

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndexBackfill backfill;

    @Autowired
    FormCatalog catalog;

    @Autowired
    NamedParameterJdbcOperations operations;

    @Autowired
    DataSource dataSource;

    @Autowired
    Dialect dialect;

    @Autowired
    TransactionTemplate transactions;

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
    void indexesAtStartTheInstancesSentBeforeTheIndexExisted() {
        String token = Submissions.token();
        Submissions.Sent sent = submissions.send(ALBA, token);
        UUID id = UUID.fromString(sent.id());
        jdbc.sql("delete from instance_search_term where instance_id = :id").param("id", id).update();
        jdbc.sql("update instance set declarant_name = null, declarant_code = null where id = :id").param("id", id)
                .update();
        assertThat(numbers(list("q=" + token))).isEmpty();

        backfill.run(null);

        JsonNode found = list("q=" + token + "&declarant=neri");
        assertThat(numbers(found)).containsExactly(sent.number());
        // The declarant's columns too: the list shows them and sorts by them.
        assertThat(found.get("items").get(0).get("declarantName").asText()).containsIgnoringCase("neri");
        assertThat(jdbc.sql("select declarant_name from instance where id = :id").param("id", id)
                .query(String.class).single()).containsIgnoringCase("neri");
    }

    @Test
    void countsEveryTabOfTheModulesInScope() {
        String token = Submissions.token();
        JsonNode before = submissions.exchange(OPERATOR, HttpMethod.GET, "/api/backoffice/forms", null, HttpStatus.OK);
        submissions.send(ALBA, token);

        JsonNode after = submissions.exchange(OPERATOR, HttpMethod.GET, "/api/backoffice/forms", null, HttpStatus.OK);

        assertThat(module(after).get("tabs").get("pervenute").asLong())
                .isEqualTo(module(before).get("tabs").get("pervenute").asLong() + 1);
        assertThat(module(after).get("tabs").has("concluse")).isTrue();
        assertThat(module(after).has("countCap")).isFalse();
    }

    private static JsonNode module(JsonNode modules) {
        for (JsonNode module : modules) {
            if (module.get("code").asText().equals(FORM)) {
                return module;
            }
        }
        throw new AssertionError(FORM + " is not among the operator's modules: " + modules);
    }

    @Test
    void filtersByNumberStateDatesOrganisationDeclarantAndSearchableFields() {
        String token = Submissions.token();
        Submissions.Sent alba = submissions.send(ALBA, token, data -> ((ObjectNode)
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
    void findsTheSameWhetherTheWordsAreLookedUpByTheirIdsOrByWalkingTheList() {
        String token = Submissions.token();
        List<Submissions.Sent> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(submissions.send(i % 2 == 0 ? ALBA : BRA, token, i == 3 ? data -> ((ObjectNode)
                    data.get("utenti").get(0)).put("nome", "Ottavia") : data -> { }));
        }
        for (int i : List.of(0, 1, 2, 4)) {
            submissions.act(OPERATOR, sent.get(i).id(), "prendi-in-carico", null);
        }
        submissions.act(OPERATOR, sent.get(0).id(), "accogli", "Utenti abilitati");
        submissions.act(OPERATOR, sent.get(0).id(), "archivia", null);
        submissions.act(OPERATOR, sent.get(2).id(), "accogli", "Utenti abilitati");
        submissions.act(OPERATOR, sent.get(4).id(), "respingi", "Manca la firma");
        // Every word of the instance is filed under its module.
        assertThat(jdbc.sql("select distinct form_code from instance_search_term where instance_id = :id")
                .param("id", UUID.fromString(sent.get(0).id())).query(String.class).list()).containsExactly(FORM);
        Caller caller = new Caller(OPERATOR, (category, code) -> true, Memberships.NONE, Identity.UNKNOWN);
        // Every word looked up by its ids, the count probing each id; every driving word's ids hashed and
        // checked on a walk, the count's too; every word probed on a walk, the count planned by the
        // database.
        OperatorInstances byIds = operators(new OperatorInstances.WordLookup(1_000_000, 1_000_000, 1_000_000));
        OperatorInstances hashed = operators(new OperatorInstances.WordLookup(0, 0, 1_000_000));
        OperatorInstances walking = operators(new OperatorInstances.WordLookup(0, 0, 0));
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("q=" + token, 5);
        expected.put("q=" + token + "+ottav", 1);
        expected.put("tab=pervenute&q=" + token, 1);
        expected.put("tab=in-lavorazione&q=" + token, 1);
        // Three states: newest first, each state's instances read in order and merged when walking.
        expected.put("tab=concluse&q=" + token, 3);
        expected.put("q=" + token + "&declarant=neri", 5);
        expected.put("tab=concluse&q=" + token + "&declarant=nref", 3);
        // Narrowed by the sending day: the database plans the words' lookup.
        expected.put("q=" + token + "&from=" + LocalDate.now(ZoneId.of("Europe/Rome")), 5);
        for (Map.Entry<String, Integer> search : expected.entrySet()) {
            for (String sort : List.of("-sentAt", "sentAt", "number", "-state", "organisation", "-declarant")) {
                List<String> whole = numbers(list(search.getKey() + "&sort=" + sort));
                assertThat(whole).as(search.getKey() + " " + sort).hasSize(search.getValue());
                for (OperatorInstances operators : List.of(byIds, hashed, walking)) {
                    OperatorQuery first = query(search.getKey(), OperatorSort.parse(sort).orElseThrow(), null);
                    List<String> walked = new ArrayList<>();
                    OperatorPage page = transactions.execute(status -> operators.search(caller, first));
                    assertThat(page.total()).as(search.getKey() + " " + sort).isEqualTo((long) search.getValue());
                    page.items().forEach(item -> walked.add(item.number()));
                    while (page.next() != null) {
                        OperatorQuery next = query(search.getKey(), first.sort(), page.next());
                        page = transactions.execute(status -> operators.search(caller, next));
                        page.items().forEach(item -> walked.add(item.number()));
                    }
                    assertThat(walked).as(search.getKey() + " " + sort).containsExactlyElementsOf(whole);
                }
            }
        }
    }

    private OperatorInstances operators(OperatorInstances.WordLookup lookup) {
        return new OperatorInstances(catalog::find, catalog::workflow, operations, dataSource, dialect,
                Clock.systemUTC(), lookup);
    }

    /** The search of {@link #list}'s parameters {@code tab}, {@code q}, {@code declarant} and {@code from}, two a page. */
    private static OperatorQuery query(String parameters, OperatorSort sort, OperatorCursor after) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String parameter : parameters.split("&")) {
            values.put(parameter.substring(0, parameter.indexOf('=')), parameter.substring(parameter.indexOf('=') + 1)
                    .replace('+', ' '));
        }
        return new OperatorQuery(FORM, values.get("tab"), null, null, values.get("q"),
                values.containsKey("from") ? LocalDate.parse(values.get("from")) : null, null, null,
                values.get("declarant"), sort, 0, 2, after, null);
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
    void walksEverySortBothWaysThroughTheNextAndPreviousLinks() {
        String token = Submissions.token();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Submissions.Sent one = submissions.send(i % 2 == 0 ? ALBA : BRA, token);
            sent.add(one.number());
            if (i == 1) {
                submissions.act(OPERATOR, one.id(), "prendi-in-carico", null);
            }
        }
        for (String sort : List.of("sentAt", "-sentAt", "number", "-number", "state", "-state", "organisation",
                "-organisation", "declarant", "-declarant")) {
            List<String> whole = numbers(list("q=" + token + "&sort=" + sort));
            assertThat(whole).as(sort).hasSize(5);

            List<String> walked = new ArrayList<>();
            JsonNode page = list("q=" + token + "&sort=" + sort + "&size=2");
            assertThat(page.get("previous").isNull()).as(sort).isTrue();
            List<JsonNode> pages = new ArrayList<>(List.of(page));
            walked.addAll(numbers(page));
            while (!page.get("next").isNull()) {
                page = follow(page.get("next").asText());
                pages.add(page);
                walked.addAll(numbers(page));
            }
            assertThat(walked).as(sort).containsExactlyElementsOf(whole);
            assertThat(pages).hasSize(3);

            JsonNode back = follow(pages.get(2).get("previous").asText());
            assertThat(numbers(back)).as(sort).containsExactlyElementsOf(numbers(pages.get(1)));
            JsonNode first = follow(back.get("previous").asText());
            assertThat(numbers(first)).as(sort).containsExactlyElementsOf(numbers(pages.get(0)));
            assertThat(first.get("previous").isNull()).as(sort).isTrue();
        }
    }

    @Test
    void pagesAcrossTheInstancesWithoutAValueBothWays() {
        // Pages of 2 over 5 instances, two without declarant or organisation: the keyset crosses from
        // those with a value to those without (last ascending, first descending) in one part and the other.
        String token = Submissions.token();
        List<Submissions.Sent> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(submissions.send(i % 2 == 0 ? ALBA : BRA, token));
        }
        for (Submissions.Sent one : List.of(sent.get(1), sent.get(3))) {
            jdbc.sql("update instance set declarant_name = null, organisation = null where id = :id")
                    .param("id", UUID.fromString(one.id())).update();
        }
        List<String> missing = List.of(sent.get(1).number(), sent.get(3).number());
        for (String sort : List.of("declarant", "-declarant", "organisation", "-organisation")) {
            List<String> whole = numbers(list("q=" + token + "&sort=" + sort));
            assertThat(whole).as(sort).hasSize(5);
            List<String> ends = sort.startsWith("-") ? whole.subList(0, 2) : whole.subList(3, 5);
            assertThat(ends).as(sort).containsExactlyInAnyOrderElementsOf(missing);

            List<JsonNode> pages = new ArrayList<>(List.of(list("q=" + token + "&sort=" + sort + "&size=2")));
            List<String> walked = new ArrayList<>(numbers(pages.get(0)));
            while (!pages.get(pages.size() - 1).get("next").isNull()) {
                pages.add(follow(pages.get(pages.size() - 1).get("next").asText()));
                walked.addAll(numbers(pages.get(pages.size() - 1)));
            }
            assertThat(walked).as(sort).containsExactlyElementsOf(whole);
            assertThat(pages).as(sort).hasSize(3);
            JsonNode back = follow(pages.get(2).get("previous").asText());
            assertThat(numbers(back)).as(sort).containsExactlyElementsOf(numbers(pages.get(1)));
            assertThat(numbers(follow(back.get("previous").asText()))).as(sort)
                    .containsExactlyElementsOf(numbers(pages.get(0)));
        }
    }

    @Test
    void keepsItsPlaceWhenInstancesArriveWhilePaging() {
        String token = Submissions.token();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(submissions.send(ALBA, token).number());
        }
        JsonNode first = list("q=" + token + "&size=2");
        assertThat(numbers(first)).containsExactly(sent.get(3), sent.get(2));

        String newer = submissions.send(BRA, token).number();

        JsonNode second = follow(first.get("next").asText());
        assertThat(numbers(second)).containsExactly(sent.get(1), sent.get(0));
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(numbers(follow(second.get("previous").asText()))).containsExactly(sent.get(3), sent.get(2));
        assertThat(numbers(list("q=" + token + "&size=2"))).containsExactly(newer, sent.get(3));
    }

    @Test
    void keepsItsPlaceWhenInstancesArriveWhilePagingWithTheWordsIdsHashed() {
        String token = Submissions.token();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(submissions.send(ALBA, token).number());
        }
        Caller caller = new Caller(OPERATOR, (category, code) -> true, Memberships.NONE, Identity.UNKNOWN);
        OperatorInstances hashed = operators(new OperatorInstances.WordLookup(0, 0, 1_000_000));
        OperatorQuery firstQuery = query("q=" + token, OperatorSort.NEWEST, null);
        OperatorPage first = transactions.execute(status -> hashed.search(caller, firstQuery));
        assertThat(first.items()).extracting(OperatorSummary::number).containsExactly(sent.get(3), sent.get(2));

        String newer = submissions.send(BRA, token).number();

        OperatorQuery secondQuery = query("q=" + token, OperatorSort.NEWEST, first.next());
        OperatorPage second = transactions.execute(status -> hashed.search(caller, secondQuery));
        assertThat(second.items()).extracting(OperatorSummary::number).containsExactly(sent.get(1), sent.get(0));
        assertThat(second.next()).isNull();
        assertThat(second.total()).isEqualTo(5);
        OperatorPage again = transactions.execute(status -> hashed.search(caller, firstQuery));
        assertThat(again.items()).extracting(OperatorSummary::number).containsExactly(newer, sent.get(3));
    }

    @Test
    void refusesACursorOfAnotherSortOrNoCursorAtAll() {
        String token = Submissions.token();
        submissions.send(ALBA, token);
        submissions.send(ALBA, token);
        String next = list("q=" + token + "&size=1").get("next").asText();
        String after = next.substring(next.indexOf("after=") + "after=".length());

        assertProblem("sort=number&after=" + after, HttpStatus.BAD_REQUEST, "after");
        assertProblem("after=non-un-cursore", HttpStatus.BAD_REQUEST, "after");
        assertProblem("after=" + after + "&before=" + after, HttpStatus.BAD_REQUEST, "before");
    }

    private JsonNode follow(String link) {
        return submissions.exchange(OPERATOR, HttpMethod.GET, link, null, HttpStatus.OK);
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
        assertThat(notADate.getBody().get("detail").asText()).isEqualTo("Il valore 'ieri' non è valido per il "
                + "parametro from; valori ammessi: una data nella forma aaaa-mm-gg.");
        assertThat(notADate.getBody().get("parameter").asText()).isEqualTo("from");
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
        assertThat(TallyRecount.differences(dataSource)).isEmpty();
    }

    /** Sends an instance whose fields begin like formulas, the token in its second user's surname. */
    private Submissions.Sent sendWithFormulas(String token) {
        return submissions.send(ALBA, token, data -> {
            ObjectNode comune = (ObjectNode) data.get("comune");
            comune.put("indirizzo", "=HYPERLINK(\"http://evil.example\";\"x\")");
            ((ObjectNode) comune.get("rup")).put("nominativo", "+1");
            ArrayNode utenti = (ArrayNode) data.get("utenti");
            ObjectNode second = utenti.get(0).deepCopy();
            second.put("nome", "Bruno").put("cognome", "Rossi " + token);
            utenti.add(second);
            ((ObjectNode) utenti.get(0)).put("nome", "-2").put("cognome", "@x");
        });
    }

    @Test
    void exportsCsvAsAZipWithTheRepeatableGroupKeyedByNumberAndFormulasDefused() throws IOException {
        String token = Submissions.token();
        Submissions.Sent sent = sendWithFormulas(token);

        ResponseEntity<byte[]> response = submissions.bytes(OPERATOR, "/api/backoffice/export?format=csv&form=" + FORM
                + "&q=" + token);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/zip"));
        assertThat(response.getHeaders().getContentDisposition().getFilename()).startsWith(FORM).endsWith(".zip");
        Map<String, byte[]> files = unzip(response.getBody());
        assertThat(files).containsOnlyKeys("istanze.csv", "utenti.csv");
        files.values().forEach(file -> assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF));
        List<String> instances = lines(files.get("istanze.csv"));
        assertThat(instances).hasSize(2);
        assertThat(instances.get(0)).startsWith("Numero istanza;Stato;Data invio;Ente;Dichiarante;"
                + "Codice fiscale dichiarante;");
        assertThat(instances.get(0)).contains(";Indirizzo sede legale dell'Ente;", ";Nominativo RUP per i Servizi 06;");
        assertThat(instances.get(0)).contains(";Provincia;Provincia (descrizione);Comune;Comune (descrizione);CAP;");
        assertThat(instances.get(1)).startsWith(sent.number() + ";INVIATA;")
                .contains(";Comune di Alba (004003);Federica Neri;NREFRC75C54A124J;")
                .contains(";CN;Cuneo;004003;Alba;12051;")
                .contains(";\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\";")
                .contains(";'+1;");
        List<String> users = lines(files.get("utenti.csv"));
        assertThat(users.get(0)).startsWith("Numero istanza;Riga;Nome;Cognome;Codice Fiscale;");
        assertThat(users).hasSize(3);
        assertThat(users.get(1)).startsWith(sent.number() + ";1;'-2;'@x;");
        assertThat(users.get(2)).startsWith(sent.number() + ";2;Bruno;Rossi " + token + ";");
    }

    @Test
    void exportsXlsxWithASheetPerRepeatableGroupReadableByPoi() throws IOException {
        String token = Submissions.token();
        Submissions.Sent sent = sendWithFormulas(token);

        ResponseEntity<byte[]> response = submissions.bytes(OPERATOR, "/api/backoffice/export?format=xlsx&form=" + FORM
                + "&q=" + token);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet instances = workbook.getSheetAt(0);
            assertThat(instances.getPhysicalNumberOfRows()).isEqualTo(2);
            Row header = instances.getRow(0);
            Row row = instances.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(sent.number());
            int address = column(header, "Indirizzo sede legale dell'Ente");
            assertThat(row.getCell(address).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(address).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\";\"x\")");
            assertThat(row.getCell(column(header, "Nominativo RUP per i Servizi 06")).getStringCellValue())
                    .isEqualTo("'+1");
            assertThat(row.getCell(column(header, "Comune")).getStringCellValue()).isEqualTo("004003");
            assertThat(row.getCell(column(header, "Comune (descrizione)")).getStringCellValue()).isEqualTo("Alba");
            assertThat(row.getCell(column(header, "Provincia (descrizione)")).getStringCellValue()).isEqualTo("Cuneo");
            Sheet users = workbook.getSheetAt(1);
            assertThat(users.getSheetName()).isEqualTo("Elenco utenti");
            assertThat(users.getPhysicalNumberOfRows()).isEqualTo(3);
            assertThat(users.getRow(1).getCell(0).getStringCellValue()).isEqualTo(sent.number());
            assertThat(users.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(users.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'-2");
            assertThat(users.getRow(1).getCell(3).getStringCellValue()).isEqualTo("'@x");
            assertThat(users.getRow(2).getCell(0).getStringCellValue()).isEqualTo(sent.number());
            assertThat(users.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Bruno");
        }
    }

    @Test
    void recordsEveryExportInTheAuditLogWithoutFieldValues() throws IOException {
        String token = Submissions.token();
        sendWithFormulas(token);

        assertThat(submissions.bytes(OPERATOR, "/api/backoffice/export?format=csv&form=" + FORM + "&tab=pervenute&q="
                + token).getStatusCode()).isEqualTo(HttpStatus.OK);

        String details = jdbc.sql("select details from audit_event where event_type = 'EXPORT' "
                        + "and username = :username order by id desc limit 1")
                .param("username", OPERATOR).query(String.class).single();
        JsonNode recorded = mapper.readTree(details);
        assertThat(recorded.get("module").asText()).isEqualTo(FORM);
        assertThat(recorded.get("format").asText()).isEqualTo("csv");
        assertThat(recorded.get("rows").asLong()).isEqualTo(1);
        assertThat(recorded.get("filter").get("tab").asText()).isEqualTo("pervenute");
        assertThat(details).doesNotContain(token, "HYPERLINK", "Gallo");
    }

    @Test
    void refusesAnUnknownExportFormat() {
        ResponseEntity<JsonNode> response = submissions.call(OPERATOR, HttpMethod.GET,
                "/api/backoffice/export?format=pdf&form=" + FORM, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("parameter").asText()).isEqualTo("format");
    }

    private static int column(Row header, String title) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(title)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + title);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        return List.of(text.split("\r\n"));
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
