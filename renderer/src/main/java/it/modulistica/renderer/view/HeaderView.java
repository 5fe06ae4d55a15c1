package it.modulistica.renderer.view;

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
 */
public record HeaderView(
        String number,
        String state,
        String createdAt,
        String sentAt,
        String sentDate,
        String sentTime,
        String sha256,
        boolean draft) {
}
