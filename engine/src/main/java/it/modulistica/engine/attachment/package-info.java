/** Files kept with instances: uploads checked by extension and content, their storage and names. */
package it.modulistica.engine.attachment;
