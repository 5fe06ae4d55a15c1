/** Protocol numbers of instances, from each module's numbering pattern and a counter per module and year. */
package it.modulistica.engine.numbering;
