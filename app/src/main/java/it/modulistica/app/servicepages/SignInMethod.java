package it.modulistica.app.servicepages;

/** A way of signing in an access box accepts; the page names it through {@code signin.<CODE>}. */
public enum SignInMethod {
    /** Username and password (the RUPAR credentials of officials). */
    PASSWORD,
    /** Carta Nazionale dei Servizi, a client certificate. */
    CNS,
    SPID,
    CIE
}
