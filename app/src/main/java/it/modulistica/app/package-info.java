/** The Spring Boot web application that wires the engine, the renderer and the workflows together. */
package it.modulistica.app;
