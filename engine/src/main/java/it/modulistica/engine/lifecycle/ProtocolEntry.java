package it.modulistica.engine.lifecycle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The registration of an instance in the administration's protocol register (DPR 445/2000 art. 53):
 * the number the register gave it and the date of registration.
 */
public record ProtocolEntry(String number, LocalDate date) {

    /** The longest number stored. */
    public static final int MAX_NUMBER = 100;

    private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public ProtocolEntry {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        if (number.isBlank() || number.length() > MAX_NUMBER) {
            throw new IllegalArgumentException("A protocol number has 1 to " + MAX_NUMBER + " characters");
        }
    }

    /** "Protocollo n. 1234 del 03/12/2026", as pages, e-mails and history print it. */
    public String label() {
        return "Protocollo n. " + number + " del " + ITALIAN.format(date);
    }
}
