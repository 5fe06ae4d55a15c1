/** Rendering of any instance to HTML, PDF, e-mail and wizard fields from its definition and data. */
package it.modulistica.renderer;
