package it.modulistica.engine.backoffice;

import it.modulistica.engine.lifecycle.ProtocolEntry;
import java.time.Instant;
import java.util.UUID;

/**
 * An instance as listed in the back office.
 *
 * @param organisation  the code of the organisation it is filed for, {@code null} for a private person
 * @param declarantName who declared, {@code null} when the module does not prefill the compiler's name
 * @param declarantCode the declarant's codice fiscale, {@code null} when not prefilled
 * @param protocol      the protocol register's number and date, {@code null} until recorded
 */
public record OperatorSummary(UUID id, String formCode, String number, String state, String backofficeTab,
        String organisation, String declarantName, String declarantCode, Instant sentAt, Instant updatedAt,
        ProtocolEntry protocol) {
}
