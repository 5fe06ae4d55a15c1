package it.modulistica.renderer.view;

import java.util.List;

/**
 * The instance facts printed above the data, formatted in Europe/Rome time. Absent facts are
 * {@code null}.
 *
 * @param number    protocol number
 * @param state     the state as the reader sees it
 * @param createdAt creation date and time, {@code dd/MM/yyyy HH:mm}
 * @param sentAt    sending date and time, {@code dd/MM/yyyy HH:mm}
 * @param sentDate  sending date, {@code dd/MM/yyyy}
 * @param sentTime  sending time, {@code HH:mm}
 * @param sha256    SHA-256 of the frozen data
 * @param draft     not sent yet
 * @param dueDates  the processing times as dates, {@code dd/MM/yyyy}, in order
 * @param contacts  the assistance contacts, in order
 */
public record HeaderView(
        String number,
        String state,
        String createdAt,
        String sentAt,
        String sentDate,
        String sentTime,
        String sha256,
        boolean draft,
        List<DueLine> dueDates,
        List<ContactLine> contacts) {

    public HeaderView {
        dueDates = List.copyOf(dueDates);
        contacts = List.copyOf(contacts);
    }

    /** An assistance contact: phone or e-mail, what it helps with, the address and, for a phone, its hours. */
    public record ContactLine(boolean phone, String label, String address, String hours) {
    }

    /** A processing time: what happens, from which date ({@code dd/MM/yyyy}), after how many working days. */
    public record DueLine(String label, String date, int workingDays) {
    }
}
