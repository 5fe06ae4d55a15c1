/** The append-only audit log: sign-ins, refused accesses, operator reads and admin changes, never field values. */
package it.modulistica.app.audit;
