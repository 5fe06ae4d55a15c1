/**
 * Sign-in through an OpenID Connect provider (SPID and CIE through a gateway), when a client
 * registration is configured: the fiscal number claim names the user.
 */
package it.modulistica.app.security.oidc;
