/** E-mails of instances: the outbox of mail jobs, their delivery by SMTP or to the local mailbox, and their status. */
package it.modulistica.app.mail;
