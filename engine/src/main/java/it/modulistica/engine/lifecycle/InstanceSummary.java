package it.modulistica.engine.lifecycle;

import java.time.Instant;
import java.util.UUID;

/**
 * An instance as listed in "Le mie istanze".
 *
 * @param number       the protocol number, {@code null} until assigned
 * @param tab          the tab of its state, {@code null} for instances started outside a workflow
 * @param organisation the organisation it is compiled for, {@code null} for a private person
 * @param sentAt       when it was sent (its data frozen), {@code null} before
 * @param starred      whether the caller marked it as important
 * @param version      the stored version, for If-Match
 */
public record InstanceSummary(UUID id, String formCode, String formVersion, String number, String state, String tab,
        String organisation, Instant createdAt, Instant updatedAt, Instant sentAt, boolean starred, long version) {
}
