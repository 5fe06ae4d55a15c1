/** Registration: sent instances delivered, signed, to the protocol targets of their module, and the protocol number back. */
package it.modulistica.app.registration;
