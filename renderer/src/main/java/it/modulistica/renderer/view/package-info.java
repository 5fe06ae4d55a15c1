/** The read-only view model of an instance, built from definition and data, that the templates print. */
package it.modulistica.renderer.view;
