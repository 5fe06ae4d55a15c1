/** The application's own settings, bound from the {@code modulistica.*} properties. */
package it.modulistica.app.config;
