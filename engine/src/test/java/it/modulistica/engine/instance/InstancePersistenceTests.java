package it.modulistica.engine.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionParser;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.VersionLedger.Decision;
import it.modulistica.workflow.Action;
import it.modulistica.workflow.ActionInput;
import it.modulistica.workflow.Actor;
import it.modulistica.workflow.Label;
import it.modulistica.workflow.State;
import it.modulistica.workflow.Transition;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.relational.core.dialect.H2Dialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Storage of instances and of the version ledger; run on each database by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InstancePersistenceTests {

    private static final Clock PUBLISHED = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneId.of("Europe/Rome"));
    private static final Clock STARTED = Clock.fixed(Instant.parse("2025-03-10T09:15:30.123456Z"), ZoneId.of("Europe/Rome"));
    private static final Clock EDITED = Clock.fixed(Instant.parse("2025-03-11T17:45:00.5Z"), ZoneId.of("Europe/Rome"));
    private static final AtomicInteger CODES = new AtomicInteger();
    private static final State INVIATA = new State("INVIATA", new Label("INVIATA", ""), false, "inviate", true);
    private static final State IN_LAVORAZIONE = new State("IN_LAVORAZIONE", new Label("IN_LAVORAZIONE", ""), false,
            "inviate", true);
    private static final Action SEND = new Action("invia", new Label("Invia", ""), Label.EMPTY, Set.of("BOZZA"),
            "INVIATA", Set.of(Actor.OWNER), Set.of(), ActionInput.NOTHING, List.of());
    private static final Action TAKE = new Action("prendi-in-carico", new Label("Prendi in carico", ""), Label.EMPTY,
            Set.of("INVIATA"), "IN_LAVORAZIONE", Set.of(Actor.OPERATOR), Set.of(), ActionInput.NOTHING, List.of());

    private TestDatabase database;
    private AnnotationConfigApplicationContext context;
    private InstanceRepository repository;
    private JdbcVersionLedger ledger;

    /** A fresh database of the kind the subclass tests. */
    abstract TestDatabase openDatabase();

    @BeforeAll
    void startContext() {
        database = openDatabase();
        DataSource dataSource = database.dataSource();
        context = new AnnotationConfigApplicationContext();
        context.registerBean(NamedParameterJdbcOperations.class, () -> new NamedParameterJdbcTemplate(dataSource));
        context.registerBean("transactionManager", PlatformTransactionManager.class,
                () -> new DataSourceTransactionManager(dataSource));
        context.registerBean(Clock.class, () -> PUBLISHED);
        context.register(InstancePersistenceConfiguration.class);
        context.refresh();
        repository = context.getBean(InstanceRepository.class);
        ledger = context.getBean(JdbcVersionLedger.class);
    }

    @AfterAll
    void discardDatabase() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void keepsDataWithUnicodeNestedArraysAndDecimalsAcrossSaveAndLoad() {
        Instance instance = startedInstance(publishedDefinition());
        ObjectNode data = json("""
                {"richiedente": {"cognome": "Nicolò D'Ambrosio", "nome": "Ærøskøbing 東京 🚀", "note": "a\\"b\\\\c\\n"},
                 "utenti": [{"servizi": ["mensa", "trasporto"], "età": 7, "importo": 12.50},
                            {"servizi": [], "età": 9, "importo": 0.1, "extra": null, "consenso": true}],
                 "matrice": [[1, 2], [3, [4, 5]]]}""");
        instance.replaceData(data, EDITED);
        repository.save(instance);

        Instance loaded = repository.findById(instance.id()).orElseThrow();

        assertThat(loaded.data()).isEqualTo(data);
        assertThat(loaded.data().at("/utenti/0/importo").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(loaded.data().at("/richiedente/nome").asText()).isEqualTo("Ærøskøbing 東京 🚀");
    }

    @Test
    void refusesTheSecondOfTwoSavesOfTheSameLoadedVersion() {
        Instance instance = repository.save(startedInstance(publishedDefinition()));
        Instance first = repository.findById(instance.id()).orElseThrow();
        Instance second = repository.findById(instance.id()).orElseThrow();
        first.replaceData(json("{\"a\": 1}"), EDITED);
        second.replaceData(json("{\"a\": 2}"), EDITED);

        repository.save(first);

        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findById(instance.id()).orElseThrow().data()).isEqualTo(json("{\"a\": 1}"));
    }

    @Test
    void savesAgainAfterReloadingTheLatestVersion() {
        Instance instance = repository.save(startedInstance(publishedDefinition()));
        instance.replaceData(json("{\"a\": 1}"), EDITED);
        repository.save(instance);
        instance.replaceData(json("{\"a\": 2}"), EDITED);
        repository.save(instance);

        assertThat(repository.findById(instance.id()).orElseThrow().data()).isEqualTo(json("{\"a\": 2}"));
    }

    @Test
    void keepsWhatSendingAndDeletingChangeAndCountsTheVersionsOfEachSave() {
        Instance instance = repository.save(startedInstance(publishedDefinition()));
        assertThat(instance.version()).contains(0L);
        NamedParameterJdbcOperations jdbc = context.getBean(NamedParameterJdbcOperations.class);
        // A column written by statements of its own, which saving the instance must leave alone.
        jdbc.getJdbcOperations().update("update instance set declarant_name = 'Rossi Maria' where id = ?", instance.id());
        instance.replaceData(json("{\"nome\": \"Maria\", \"importo\": 12.50}"), EDITED);
        instance.assignNumber("PROVA_2025.0000001");
        instance.freezeData("SOCIALE", java.util.List.of(new HelpContact(HelpContact.Kind.EMAIL, "Ufficio",
                "Office", "ufficio@example.org", null)), EDITED);
        repository.save(instance);
        assertThat(instance.version()).contains(1L);

        Instance sent = repository.findById(instance.id()).orElseThrow();

        assertThat(sent.version()).contains(1L);
        assertThat(sent.number()).contains("PROVA_2025.0000001");
        assertThat(sent.frozenData()).contains(json("{\"nome\": \"Maria\", \"importo\": 12.50}"));
        assertThat(sent.frozenSha256()).isEqualTo(instance.frozenSha256());
        assertThat(sent.routingCategory()).contains("SOCIALE");
        assertThat(sent.helpContacts()).extracting(HelpContact::address).containsExactly("ufficio@example.org");
        assertThat(sent.sentAt()).contains(Instant.parse("2025-03-11T17:45:00.5Z"));
        assertThat(sent.deleted()).isFalse();
        assertThat(sent.createdAt()).isEqualTo(Instant.parse("2025-03-10T09:15:30.123456Z"));

        sent.delete(EDITED);
        repository.save(sent);
        Instance deleted = repository.findById(instance.id()).orElseThrow();

        assertThat(deleted.version()).contains(2L);
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.number()).contains("PROVA_2025.0000001");
        assertThat(jdbc.getJdbcOperations().queryForObject("select declarant_name from instance where id = ?",
                String.class, instance.id())).isEqualTo("Rossi Maria");
    }

    @Test
    void writesTheDeclarantWithTheUpdateThatFreezesTheData() {
        Instance instance = repository.save(startedInstance(publishedDefinition()));
        instance.replaceData(json("{\"nome\": \"Maria\"}"), EDITED);
        instance.freezeData(EDITED);

        repository.saveDeclared(instance, "Maria Rossi", "RSSMRA80A41L219X");

        assertThat(instance.version()).contains(1L);
        Instance sent = repository.findById(instance.id()).orElseThrow();
        assertThat(sent.version()).contains(1L);
        assertThat(sent.frozenData()).contains(json("{\"nome\": \"Maria\"}"));
        NamedParameterJdbcOperations jdbc = context.getBean(NamedParameterJdbcOperations.class);
        assertThat(jdbc.getJdbcOperations().queryForMap(
                "select declarant_name, declarant_code from instance where id = ?", instance.id()))
                .containsEntry("declarant_name", "Maria Rossi")
                .containsEntry("declarant_code", "RSSMRA80A41L219X");

        // A module that prefills no declarant clears what another action wrote.
        sent.delete(EDITED);
        repository.saveDeclared(sent, null, null);
        assertThat(jdbc.getJdbcOperations().queryForMap(
                "select declarant_name, declarant_code, version from instance where id = ?", instance.id()))
                .containsEntry("declarant_name", null).containsEntry("declarant_code", null);
        assertThat(repository.findById(instance.id()).orElseThrow().version()).contains(2L);
    }

    @Test
    void refusesTheDeclarantOfAnInstanceNeverStoredOrChangedMeanwhile() {
        Instance unsaved = startedInstance(publishedDefinition());
        assertThatThrownBy(() -> repository.saveDeclared(unsaved, "Maria Rossi", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.findById(unsaved.id())).isEmpty();

        Instance instance = repository.save(startedInstance(publishedDefinition()));
        Instance stale = repository.findById(instance.id()).orElseThrow();
        instance.replaceData(json("{\"a\": 1}"), EDITED);
        repository.save(instance);
        stale.replaceData(json("{\"a\": 2}"), EDITED);

        assertThatThrownBy(() -> repository.saveDeclared(stale, "Maria Rossi", null))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(context.getBean(NamedParameterJdbcOperations.class).getJdbcOperations()
                .queryForObject("select declarant_name from instance where id = ?", String.class, instance.id()))
                .isNull();
    }

    @Test
    void countsSentInstancesByStateAndDayOnlyAsTheirTransactionsCommit() {
        FormDefinition definition = publishedDefinition();
        String code = definition.code();
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        Instance first = repository.save(startedInstance(definition));
        Instance second = repository.save(startedInstance(definition));
        assertThat(tallies(code)).isEmpty();

        // Sent 18:45 and 00:30 in Rome: two days. Both saved twice in one transaction, counted once each.
        transactions.executeWithoutResult(status -> {
            send(first, EDITED);
            send(second, Clock.fixed(Instant.parse("2025-03-11T23:30:00Z"), ZoneOffset.UTC));
            first.replaceData(json("{\"nome\": \"Anna\"}"), EDITED);
            repository.save(first);
        });
        assertThat(tallies(code)).containsExactly(entry("2025-03-11", 1L), entry("2025-03-12", 1L),
                entry("INVIATA", 2L));

        // A transaction rolled back changes no count.
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            Instance loaded = repository.findById(first.id()).orElseThrow();
            loaded.apply(new Transition(TAKE, "INVIATA", "IN_LAVORAZIONE"), IN_LAVORAZIONE, EDITED);
            repository.save(loaded);
            throw new IllegalStateException("annullata");
        })).hasMessage("annullata");
        assertThat(tallies(code)).containsExactly(entry("2025-03-11", 1L), entry("2025-03-12", 1L),
                entry("INVIATA", 2L));

        // Outside a transaction each save counts at once: a state change moves the count, a deletion drops it.
        first.apply(new Transition(TAKE, "INVIATA", "IN_LAVORAZIONE"), IN_LAVORAZIONE, EDITED);
        repository.save(first);
        second.delete(EDITED);
        repository.save(second);

        assertThat(tallies(code)).containsExactly(entry("2025-03-11", 1L), entry("2025-03-12", 0L),
                entry("INVIATA", 0L), entry("IN_LAVORAZIONE", 1L));
        assertThat(TallyRecount.differences(database.dataSource())).doesNotContainKeys(
                code + "||INVIATA", code + "||IN_LAVORAZIONE", code + "||2025-03-11", code + "||2025-03-12");
    }

    @Test
    void recountsTheInstancesAndCorrectsTheCountsTheyNoLongerMatch() {
        FormDefinition definition = publishedDefinition();
        Instance sent = repository.save(startedInstance(definition));
        send(sent, EDITED);
        InstanceTallies tallies = new InstanceTallies(context.getBean(NamedParameterJdbcOperations.class),
                database.vendor() == TestDatabase.Vendor.POSTGRESQL ? PostgresDialect.INSTANCE : H2Dialect.INSTANCE);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        transactions.execute(status -> tallies.recount());
        // Changed by hand: the instance's state, and a count.
        NamedParameterJdbcOperations jdbc = context.getBean(NamedParameterJdbcOperations.class);
        jdbc.getJdbcOperations().update("update instance set state = 'ACCOLTA' where id = ?", sent.id());
        jdbc.getJdbcOperations().update("update instance_day_tally set n = n + 2 where form_code = ?",
                definition.code());

        Map<String, Long> differences = transactions.execute(status -> tallies.recount());
        assertThat(differences).containsOnly(
                entry(definition.code() + "||ACCOLTA", -1L), entry(definition.code() + "||INVIATA", 1L),
                entry(definition.code() + "||2025-03-11", 2L));
        assertThat(TallyRecount.differences(database.dataSource())).isEmpty();
        Map<String, Long> none = transactions.execute(status -> tallies.recount());
        assertThat(none).isEmpty();
        assertThatThrownBy(tallies::recount).isInstanceOf(IllegalStateException.class);
    }

    private void send(Instance instance, Clock clock) {
        instance.freezeData(clock);
        instance.apply(new Transition(SEND, "BOZZA", "INVIATA"), INVIATA, clock);
        repository.save(instance);
    }

    /** The module's counts, by state and by day, summed over their rows. */
    private Map<String, Long> tallies(String code) {
        JdbcClient jdbc = JdbcClient.create(context.getBean(NamedParameterJdbcOperations.class));
        Map<String, Long> tallies = new TreeMap<>();
        jdbc.sql("select state, sum(n) as n from instance_state_tally where form_code = :code group by state")
                .param("code", code).query(row -> {
                    tallies.put(row.getString("state"), row.getLong("n"));
                });
        jdbc.sql("select sent_day, sum(n) as n from instance_day_tally where form_code = :code group by sent_day")
                .param("code", code).query(row -> {
                    tallies.put(row.getObject("sent_day", Date.class).toLocalDate().toString(),
                            row.getLong("n"));
                });
        return tallies;
    }

    @Test
    void theRepositoryReadsAndWritesThroughItsOwnSql() {
        assertThat(context.getBeansOfType(InstanceRowsSql.class)).hasSize(1);
    }

    @Test
    void refusesToUpdateAnInstanceThatIsNoLongerStored() {
        Instance instance = repository.save(startedInstance(publishedDefinition()));
        context.getBean(NamedParameterJdbcOperations.class).getJdbcOperations()
                .update("delete from instance where id = ?", instance.id());
        instance.replaceData(json("{\"a\": 1}"), EDITED);

        assertThatThrownBy(() -> repository.save(instance)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findById(instance.id())).isEmpty();
    }

    @Test
    void keepsOwnerOrganisationStateAndPinnedDefinition() {
        FormDefinition definition = publishedDefinition();
        UUID versionId = ledger.findId(definition.code(), definition.version()).orElseThrow();
        Instance instance = Instance.start(definition, versionId, "mrossi", "c_l219", "BOZZA", STARTED);
        repository.save(instance);

        Instance loaded = repository.findById(instance.id()).orElseThrow();

        assertThat(loaded.definition()).isEqualTo(new PinnedDefinition(definition.code(), "1.0.0", definition.sha256()));
        assertThat(loaded.formVersionId()).isEqualTo(versionId);
        assertThat(loaded.owner()).isEqualTo("mrossi");
        assertThat(loaded.organisation()).contains("c_l219");
        assertThat(loaded.state()).isEqualTo("BOZZA");
        assertThat(loaded.data()).isEmpty();
    }

    @Test
    void keepsAnInstanceWithoutOrganisation() {
        Instance instance = repository.save(startedInstance(publishedDefinition()));

        assertThat(repository.findById(instance.id()).orElseThrow().organisation()).isEmpty();
    }

    @Test
    void storesTimestampsAsUtcInstants() {
        Instance instance = startedInstance(publishedDefinition());
        instance.replaceData(json("{}"), EDITED);
        repository.save(instance);

        Instance loaded = repository.findById(instance.id()).orElseThrow();
        OffsetDateTime storedCreatedAt = context.getBean(NamedParameterJdbcOperations.class).getJdbcOperations()
                .queryForObject("select created_at from instance where id = ?", OffsetDateTime.class, instance.id());

        assertThat(loaded.createdAt()).isEqualTo(Instant.parse("2025-03-10T09:15:30.123456Z"));
        assertThat(loaded.updatedAt()).isEqualTo(Instant.parse("2025-03-11T17:45:00.5Z"));
        assertThat(storedCreatedAt.toInstant()).isEqualTo(loaded.createdAt());
        assertThat(storedCreatedAt.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void acceptsAndStoresANewVersion() {
        FormDefinition definition = definition(newCode(), "1.0.0", "Richiesta");

        Decision decision = ledger.record(definition);

        assertThat(decision.accepted()).isTrue();
        UUID id = ledger.findId(definition.code(), "1.0.0").orElseThrow();
        assertThat(ledger.find(id).orElseThrow().content()).isEqualTo(definition.content());
    }

    @Test
    void theLastPublishedVersionIsKeptForABrokenNewerFile() {
        String code = newCode();
        FormDefinition first = definition(code, "1.0.0", "Richiesta");
        FormDefinition second = definition(code, "1.1.0", "Richiesta aggiornata");
        ledger.record(first);
        ledger.record(second);

        assertThat(ledger.lastPublished(code)).contains(second.content());
        assertThat(ledger.lastPublished(newCode())).isEmpty();
    }

    @Test
    void acceptsTheSameContentAgainWithoutChangingTheStoredVersion() {
        FormDefinition definition = definition(newCode(), "1.0.0", "Richiesta");
        ledger.record(definition);
        UUID id = ledger.findId(definition.code(), "1.0.0").orElseThrow();

        Decision decision = ledger.record(definition(definition.code(), "1.0.0", "Richiesta"));

        assertThat(decision.accepted()).isTrue();
        assertThat(ledger.findId(definition.code(), "1.0.0")).contains(id);
    }

    @Test
    void replacesTheContentOfAVersionNoInstanceUses() {
        FormDefinition first = definition(newCode(), "1.0.0", "Richiesta");
        ledger.record(first);
        FormDefinition corrected = definition(first.code(), "1.0.0", "Richiesta corretta");

        Decision decision = ledger.record(corrected);

        assertThat(decision.accepted()).isTrue();
        UUID id = ledger.findId(first.code(), "1.0.0").orElseThrow();
        assertThat(ledger.find(id).orElseThrow().content()).isEqualTo(corrected.content());
        assertThat(ledger.find(id).orElseThrow().definition().sha256()).isEqualTo(corrected.sha256());
    }

    @Test
    void refusesOtherContentForAVersionInstancesUseAndKeepsTheStoredOne() {
        FormDefinition first = publishedDefinition();
        repository.save(startedInstance(first));

        Decision decision = ledger.record(definition(first.code(), "1.0.0", "Richiesta cambiata"));

        assertThat(decision.accepted()).isFalse();
        assertThat(decision.storedContent()).isEqualTo(first.content());
        assertThat(decision.reason()).isEqualTo("La versione 1.0.0 del modulo " + first.code()
                + " è già usata da istanze: il contenuto non può cambiare senza aumentare la versione");
        UUID id = ledger.findId(first.code(), "1.0.0").orElseThrow();
        assertThat(ledger.find(id).orElseThrow().definition().sha256()).isEqualTo(first.sha256());
    }

    @Test
    void acceptsANewVersionOfAModuleWhoseEarlierVersionIsInUse() {
        FormDefinition first = publishedDefinition();
        repository.save(startedInstance(first));

        Decision decision = ledger.record(definition(first.code(), "1.1.0", "Richiesta cambiata"));

        assertThat(decision.accepted()).isTrue();
        assertThat(ledger.findId(first.code(), "1.1.0")).isPresent();
    }

    @Test
    void givesBackThePinnedDefinitionWithFieldsInFileOrder() {
        FormDefinition definition = publishedDefinition();
        Instance instance = repository.save(startedInstance(definition));
        PinnedDefinitions pinned = new PinnedDefinitions(ledger, () -> DataSources.NONE);

        FormDefinition restored = pinned.of(repository.findById(instance.id()).orElseThrow());

        assertThat(restored.sha256()).isEqualTo(definition.sha256());
        assertThat(restored.content()).isEqualTo(definition.content());
        assertThat(restored.steps().get(0).children()).extracting(Field::name)
                .containsExactly("cognome", "nome", "codiceFiscale");
        assertThat(pinned.of(instance)).isSameAs(restored);
    }

    @Test
    void givesBackTheDefinitionAnInstanceStartedWithAfterTheVersionChanged() {
        FormDefinition original = publishedDefinition();
        Instance instance = repository.save(startedInstance(original));
        ledger.record(definition(original.code(), "2.0.0", "Nuova richiesta"));
        PinnedDefinitions pinned = new PinnedDefinitions(ledger, () -> DataSources.NONE);

        assertThat(pinned.of(instance).title().italian()).isEqualTo("Richiesta");
    }

    private FormDefinition publishedDefinition() {
        FormDefinition definition = definition(newCode(), "1.0.0", "Richiesta");
        assertThat(ledger.record(definition).accepted()).isTrue();
        return definition;
    }

    private Instance startedInstance(FormDefinition definition) {
        UUID versionId = ledger.findId(definition.code(), definition.version()).orElseThrow();
        return Instance.start(definition, versionId, "mrossi", null, "BOZZA", STARTED);
    }

    private static String newCode() {
        return "modulo-" + CODES.incrementAndGet();
    }

    private static ObjectNode json(String text) {
        return JsonColumns.readObject(text);
    }

    /** A small definition whose field order a key-sorting store would change. */
    static FormDefinition definition(String code, String version, String title) {
        String json = """
                {
                  "$schema": "http://json-schema.org/draft-07/schema#",
                  "title": "%s",
                  "type": "object",
                  "x-module": {"code": "%s", "version": "%s", "category": "servizi", "workflow": "semplice",
                               "numbering": "{code}_{year}.{seq:6}"},
                  "properties": {
                    "richiedente": {
                      "title": "Richiedente",
                      "type": "object",
                      "required": ["cognome"],
                      "properties": {
                        "cognome": {"type": "string", "title": "Cognome", "maxLength": 80},
                        "nome": {"type": "string", "title": "Nome"},
                        "codiceFiscale": {"type": "string", "title": "Codice fiscale", "format": "codice-fiscale"}
                      }
                    }
                  }
                }""".formatted(title, code, version);
        DefinitionParser.Result result = new DefinitionParser(DataSources.NONE).parse(code + "/form.json", code, json);
        return result.definition().orElseThrow(() -> new AssertionError("Test definition refused: " + result.problems()));
    }
}
