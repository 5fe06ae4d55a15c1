/**
 * Administration: the category catalogue, modules' publication, windows, categories and workflow
 * diagrams, the definitions' problems, users, roles, organisations and memberships. Each change is
 * checked and audited by a service the REST API ({@code /api/admin/**}) and the pages share.
 */
package it.modulistica.app.admin;
