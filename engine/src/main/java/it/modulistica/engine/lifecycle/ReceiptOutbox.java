package it.modulistica.engine.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.PinnedDefinitions;
import it.modulistica.workflow.Effect;
import it.modulistica.workflow.State;
import it.modulistica.workflow.WorkflowDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints receipts after the sending transaction has committed. The transaction leaves a
 * {@code render-pdf} row in {@code instance_effect} with the state the instance reached; the
 * receipt is a function of the frozen data, the pinned definition, that state and the template, so
 * whoever needs it first prints it, any number of times with the same bytes, and stores it once:
 * <ul>
 * <li>the workers ({@link #printPending}), on any node, each claiming one pending row at a time
 *     with {@code FOR UPDATE SKIP LOCKED}: a row is printed by one worker, and a node that dies
 *     while printing leaves it pending for another (its transaction, and lock, end with it);
 * <li>a download or the receipt e-mail ({@link #obtain}), which print it themselves when no worker
 *     has yet.
 * </ul>
 * The first stored copy wins; a later writer changes nothing.
 */
public final class ReceiptOutbox {

    static final String EFFECT = Effect.RENDER_PDF.jsonName();
    static final String DONE = "DONE";

    private final Function<String, Optional<WorkflowDefinition>> workflows;
    private final PinnedDefinitions pinned;
    private final InstanceRepository instances;
    private final ReceiptPrinter printer;
    private final JdbcClient jdbc;
    private final InstanceDocuments documents;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    /** @param workflows the workflow definitions, by code (the state's label is printed) */
    public ReceiptOutbox(Function<String, Optional<WorkflowDefinition>> workflows, PinnedDefinitions pinned,
            InstanceRepository instances, ReceiptPrinter printer, NamedParameterJdbcOperations operations,
            Dialect dialect, PlatformTransactionManager transactionManager, Clock clock) {
        this.workflows = workflows;
        this.pinned = pinned;
        this.instances = instances;
        this.printer = printer;
        this.jdbc = JdbcClient.create(operations);
        this.documents = new InstanceDocuments(jdbc, dialect);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A receipt to print: the outbox row and the state the sending reached. */
    private record Order(UUID effectId, UUID instanceId, String state) {
    }

    /**
     * The stored receipt of the instance, printed and stored now if it has been ordered and nobody
     * has printed it yet; empty when the instance has no receipt (not sent, or its workflow prints
     * none). Call it outside a transaction: the print holds no connection.
     */
    public Optional<StoredDocument> obtain(UUID instanceId) {
        Optional<StoredDocument> stored = documents.find(instanceId, InstanceDocuments.RECEIPT);
        if (stored.isPresent()) {
            return stored;
        }
        Optional<Order> order = jdbc.sql("""
                        select id, instance_id, payload from instance_effect
                        where instance_id = :instance and effect = :effect
                        order by created_at desc fetch first 1 rows only""")
                .param("instance", instanceId).param("effect", EFFECT)
                .query((rs, row) -> order(rs.getObject("id", UUID.class), rs.getObject("instance_id", UUID.class),
                        rs.getString("payload")))
                .optional();
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Printed printed = print(order.get());
        transactions.executeWithoutResult(status -> store(printed));
        return documents.find(instanceId, InstanceDocuments.RECEIPT);
    }

    /** Whether the receipt of the instance is stored, ordered and not printed yet, or not ordered at all. */
    public ReceiptStatus status(UUID instanceId) {
        if (documents.exists(instanceId, InstanceDocuments.RECEIPT)) {
            return ReceiptStatus.READY;
        }
        boolean ordered = jdbc.sql("select count(*) from instance_effect where instance_id = :instance and effect = :effect")
                .param("instance", instanceId).param("effect", EFFECT).query(Long.class).single() > 0;
        return ordered ? ReceiptStatus.PREPARING : ReceiptStatus.NONE;
    }

    /**
     * Prints up to {@code limit} pending receipts, each in a transaction of its own that holds its
     * outbox row; a receipt somebody else stored meanwhile is not printed again.
     *
     * @return how many rows were completed
     */
    public int printPending(int limit) {
        int done = 0;
        while (done < limit && Boolean.TRUE.equals(transactions.execute(status -> printNext()))) {
            done++;
        }
        return done;
    }

    /** Whether the instance's receipt is ordered and not yet printed: a worker will print it. */
    public boolean awaitingPrint(UUID instanceId) {
        return jdbc.sql("""
                        select count(*) from instance_effect
                        where instance_id = :instance and effect = :effect and status = :status""")
                .param("instance", instanceId).param("effect", EFFECT).param("status", EffectOutbox.PENDING)
                .query(Long.class).single() > 0;
    }

    /** How many receipts are waiting to be printed. */
    public long pending() {
        return jdbc.sql("select count(*) from instance_effect where status = :status and effect = :effect")
                .param("status", EffectOutbox.PENDING).param("effect", EFFECT).query(Long.class).single();
    }

    private boolean printNext() {
        // Literal values, not parameters: they name the partial index of pending receipts (V21_5),
        // which a generic plan with parameters could not use.
        Optional<Order> next = jdbc.sql("""
                        select id, instance_id, payload from instance_effect
                        where status = 'PENDING' and effect = 'render-pdf'
                        order by created_at, id
                        fetch first 1 rows only
                        for update skip locked""")
                .query((rs, row) -> order(rs.getObject("id", UUID.class), rs.getObject("instance_id", UUID.class),
                        rs.getString("payload")))
                .optional();
        if (next.isEmpty()) {
            return false;
        }
        Order order = next.get();
        if (!documents.exists(order.instanceId(), InstanceDocuments.RECEIPT)) {
            store(print(order));
        }
        jdbc.sql("update instance_effect set status = :status where id = :id")
                .param("status", DONE).param("id", order.effectId()).update();
        return true;
    }

    private record Printed(UUID instanceId, String fileName, byte[] pdf) {
    }

    private Printed print(Order order) {
        Instance instance = instances.findById(order.instanceId()).orElseThrow(() -> new IllegalStateException(
                "Receipt ordered for instance " + order.instanceId() + ", which does not exist"));
        FormDefinition definition = pinned.of(instance);
        WorkflowDefinition workflow = workflows.apply(definition.workflow()).orElseThrow(() -> new IllegalStateException(
                "Workflow " + definition.workflow() + " of module " + definition + " is not available"));
        State state = workflow.state(order.state()).orElseThrow(() -> new IllegalStateException(
                "State " + order.state() + " is not in workflow " + workflow.code()));
        return new Printed(instance.id(), fileName(instance), printer.print(instance, definition, state));
    }

    private void store(Printed printed) {
        documents.storeOnce(printed.instanceId(), InstanceDocuments.RECEIPT, "application/pdf", printed.fileName(),
                printed.pdf(), clock.instant());
    }

    private Order order(UUID effectId, UUID instanceId, String payload) {
        try {
            JsonNode node = mapper.readTree(payload);
            return new Order(effectId, instanceId, node.path("state").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("Outbox row " + effectId + " has a payload that is not JSON", e);
        }
    }

    private static String fileName(Instance instance) {
        return instance.number().map(number -> number.replaceAll("[^A-Za-z0-9._-]", "_"))
                .orElse("ricevuta-" + instance.id()) + ".pdf";
    }
}
