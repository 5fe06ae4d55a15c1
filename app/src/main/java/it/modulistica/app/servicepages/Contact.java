package it.modulistica.app.servicepages;

/**
 * An assistance contact of a category or of a module.
 *
 * @param label   what it helps with ("Assistenza tecnica su credenziali e procedura")
 * @param address the phone number or e-mail address
 * @param hours   when a phone answers ("lunedì–venerdì 8:00–18:00"), may be empty
 */
public record Contact(long id, Kind kind, String label, String labelEn, String address, String hours) {

    /** A phone number or an e-mail address. */
    public enum Kind { PHONE, EMAIL }

    /** The {@code href} of the address: {@code tel:} with the digits, or {@code mailto:}. */
    public String href() {
        return kind == Kind.PHONE ? "tel:" + address.replaceAll("[^0-9+]", "") : "mailto:" + address;
    }
}
