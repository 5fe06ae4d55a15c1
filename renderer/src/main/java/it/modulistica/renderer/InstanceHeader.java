package it.modulistica.renderer;

import it.modulistica.engine.calendar.DueDate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The facts about an instance that its pages and receipt print above the data.
 *
 * @param number       the protocol number given when sent; {@code null} before
 * @param stateLabel   the state as the reader should see it ("Inviata"), already in their language
 * @param createdAt    when the instance was started
 * @param sentAt       when it was sent; {@code null} before
 * @param frozenSha256 SHA-256 (hex) of the data frozen when it was sent; {@code null} before
 * @param draft        not sent yet: the PDF carries a "BOZZA" watermark
 * @param dueDates     the module's processing times as dates from the sending, empty before
 * @param contacts     whom to call or write for help, as frozen with the instance when it was sent
 *                     (the receipt prints them the same ever after), empty before
 */
public record InstanceHeader(
        String number,
        String stateLabel,
        Instant createdAt,
        Instant sentAt,
        String frozenSha256,
        boolean draft,
        List<DueDate> dueDates,
        List<Contact> contacts) {

    public InstanceHeader {
        Objects.requireNonNull(stateLabel, "stateLabel");
        Objects.requireNonNull(createdAt, "createdAt");
        dueDates = List.copyOf(dueDates);
        contacts = List.copyOf(contacts);
    }

    /** A header without assistance contacts. */
    public InstanceHeader(String number, String stateLabel, Instant createdAt, Instant sentAt, String frozenSha256,
            boolean draft, List<DueDate> dueDates) {
        this(number, stateLabel, createdAt, sentAt, frozenSha256, draft, dueDates, List.of());
    }

    /**
     * An assistance contact, already in the reader's language.
     *
     * @param phone   a phone number, else an e-mail address
     * @param label   what it helps with
     * @param address the number or address
     * @param hours   when a phone answers, {@code ""} when not said
     */
    public record Contact(boolean phone, String label, String address, String hours) {

        public Contact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(address, "address");
            hours = hours == null ? "" : hours;
        }
    }

    /** A header without processing dates. */
    public InstanceHeader(String number, String stateLabel, Instant createdAt, Instant sentAt, String frozenSha256,
            boolean draft) {
        this(number, stateLabel, createdAt, sentAt, frozenSha256, draft, List.of());
    }
}
