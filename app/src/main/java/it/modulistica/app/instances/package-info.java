/** The instances API: create, compile, act through the workflow, history, "Le mie istanze". */
package it.modulistica.app.instances;
