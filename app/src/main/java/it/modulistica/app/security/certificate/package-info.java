/**
 * Sign-in with an X.509 client certificate (CNS smart cards): the trust store, the codice fiscale
 * read from the certificate's subject RDN by RDN, and the certificate forwarded by a trusted
 * TLS-terminating proxy.
 */
package it.modulistica.app.security.certificate;
