package it.modulistica.engine.lifecycle;

/** The caller sent an Idempotency-Key already used for another action or another instance. */
public final class IdempotencyKeyReused extends RuntimeException {

    private final String key;

    public IdempotencyKeyReused(String key) {
        super("La chiave di idempotenza " + key + " è già stata usata per un'altra richiesta");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
