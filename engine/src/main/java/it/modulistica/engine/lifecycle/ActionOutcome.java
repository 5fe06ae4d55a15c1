package it.modulistica.engine.lifecycle;

import java.util.UUID;

/**
 * What an action did: the instance, the action, the state reached and the instance's version after
 * it (for the next If-Match).
 *
 * @param repeated whether this is the stored outcome of an earlier request with the same
 *                 Idempotency-Key, and nothing was done this time
 */
public record ActionOutcome(UUID instanceId, String action, String state, long version, boolean repeated) {
}
