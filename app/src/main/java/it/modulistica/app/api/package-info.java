/** What every REST endpoint shares: errors answered as RFC 9457 problem details. */
package it.modulistica.app.api;
