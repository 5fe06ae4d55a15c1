package it.modulistica.engine.lifecycle;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.workflow.Effect;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The effects of a creation or a transition. Freezing the data happens on the instance at once,
 * with the category it is routed to and the assistance contacts of its receipt;
 * numbering is left to the caller to do last before saving; the effects that talk to the outside
 * become outbox rows once the instance is saved.
 */
final class TransitionEffects {

    private final EffectOutbox outbox;
    private final HelpContacts contacts;
    private final Clock clock;

    TransitionEffects(EffectOutbox outbox, HelpContacts contacts, Clock clock) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.clock = clock;
    }

    /**
     * What is left to do after {@link #applyInside}: whether to number, and the outbox effects in
     * order (the receipt's printing among them).
     */
    record Pending(boolean number, List<Effect> outside) {

        Pending {
            outside = List.copyOf(outside);
        }
    }

    /**
     * @throws IllegalStateException when the effects freeze data already frozen, a workflow fault
     */
    Pending applyInside(Instance instance, FormDefinition definition, List<Effect> effects) {
        boolean number = false;
        List<Effect> outside = new ArrayList<>();
        for (Effect effect : effects) {
            if (effect == Effect.ASSIGN_NUMBER) {
                number = true;
            } else if (effect == Effect.FREEZE_DATA) {
                // The routing category and the contacts are taken from the data and pages as sent.
                String routingCategory = definition.routing().flatMap(routing -> routing.categoryOf(instance.data()))
                        .orElse(null);
                instance.freezeData(routingCategory, contacts.of(definition, routingCategory), clock);
            } else if (effect.afterCommit()) {
                outside.add(effect);
            } else {
                throw new IllegalStateException("Effect " + effect.jsonName() + " runs inside the transaction and "
                        + "is not implemented");
            }
        }
        return new Pending(number, outside);
    }

    /**
     * Writes the outbox rows of an instance; the payload names the action, the state reached (the
     * receipt prints it, whenever it is printed) and the note.
     */
    void enqueue(Instance saved, Pending pending, String action, String note, Instant at) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("action", action).put("state", saved.state());
        if (note != null) {
            payload.put("note", note);
        }
        outbox.add(saved.id(), pending.outside(), payload, at);
    }
}
