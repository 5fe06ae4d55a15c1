/** Personal API tokens (Bearer) and the service accounts that sign in only with them. */
package it.modulistica.app.security.token;
