package it.modulistica.app.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;

/** Checks that a value holds exactly one plain e-mail address, without line breaks or lists. */
final class MailAddresses {

    private MailAddresses() {
    }

    /**
     * The address, stripped.
     *
     * @throws InvalidAddress when the value is blank, holds CR or LF, more than one address, a
     *                        display name or anything that is not an address
     */
    static String single(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidAddress("indirizzo mancante");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new InvalidAddress("l'indirizzo contiene un ritorno a capo");
        }
        String address = value.strip();
        if (address.contains(",") || address.contains(";") || address.contains("<") || address.contains(" ")) {
            throw new InvalidAddress("è ammesso un solo indirizzo");
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!parsed.getAddress().equals(address) || !address.contains("@")) {
                throw new InvalidAddress("indirizzo non valido");
            }
        } catch (AddressException e) {
            throw new InvalidAddress("indirizzo non valido");
        }
        return address;
    }

    static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    /** A value that is not one valid e-mail address; the message is in Italian and holds no address. */
    static final class InvalidAddress extends IllegalArgumentException {

        InvalidAddress(String reason) {
            super(reason);
        }
    }
}
