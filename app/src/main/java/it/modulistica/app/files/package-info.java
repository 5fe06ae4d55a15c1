/** Files of instances over HTTP: upload, list, download and delete, the orphan purge, multipart limits. */
package it.modulistica.app.files;
