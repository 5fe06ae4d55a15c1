/** Printing of XHTML to PDF with Flying Saucer: embedded fonts, A4 pages, no resource from outside the classpath. */
package it.modulistica.renderer.pdf;
