package it.modulistica.app.pages.catalog;

/**
 * The organisation a user names when starting a module compiled for organisations: for now the
 * ISTAT code of a comune typed on the category page; memberships will replace it.
 */
final class OrganisationChoice {

    /** Alba (CN), the comune of the Utenti Servizi 06 manual. */
    static final String DEFAULT = "004003";

    private OrganisationChoice() {
    }

    /** The code typed, stripped; {@code null} when none was given (a module for private persons). */
    static String of(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
