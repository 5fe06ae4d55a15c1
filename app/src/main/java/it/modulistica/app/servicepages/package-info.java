/**
 * The public service page of each category, as admins write it: description and audience in
 * Markdown (Italian and English), access boxes, assistance contacts of categories and modules,
 * documents to download.
 */
package it.modulistica.app.servicepages;
