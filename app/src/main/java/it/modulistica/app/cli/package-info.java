/** Commands run from the packaged jar instead of the web application: {@code java -jar modulistica.jar NAME ...}. */
package it.modulistica.app.cli;
