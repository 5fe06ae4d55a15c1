package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.window.ModuleClosed;

/**
 * This node's definition of a module is not the content stored under its version: another node
 * (or an edit of the forms directory) published other content under the same version. The stored
 * SHA-256 decides, so this node compiles nothing of the module until its file matches again or the
 * version is raised; like a closed module it refuses creation (409), and says why.
 */
public final class DefinitionDiverged extends ModuleClosed {

    public DefinitionDiverged(FormDefinition definition, String storedSha256) {
        super(definition.code(), "Il modulo " + definition.code() + " versione " + definition.version()
                + " di questo nodo (SHA-256 " + definition.sha256() + ") non è quello pubblicato con la stessa versione"
                + " (SHA-256 " + storedSha256 + "): un altro nodo ha un file diverso. Allineare la cartella forms/"
                + " di tutti i nodi, o aumentare la versione");
    }
}
