/**
 * The administration pages under {@code /admin} (admins only): categories, modules with their
 * publication, window and workflow, definition problems, users, organisations and the audit log.
 * Every change goes through the same services as the API under {@code /api/admin}.
 */
package it.modulistica.app.pages.admin;
