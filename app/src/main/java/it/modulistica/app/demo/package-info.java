/** Demo data created on start in every profile except {@code prod}, so the application can be tried at once. */
package it.modulistica.app.demo;
