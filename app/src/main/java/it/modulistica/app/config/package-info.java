/** The application's own settings, bound from the {@code modulistica.*} properties, and Spring MVC's wiring. */
package it.modulistica.app.config;
