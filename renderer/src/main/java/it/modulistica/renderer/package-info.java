/** Rendering of any instance to HTML and PDF from its definition and data. */
package it.modulistica.renderer;
