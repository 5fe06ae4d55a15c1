package it.modulistica.engine.formio;

import it.modulistica.engine.definition.DefinitionProblem;
import java.util.List;

/** Writes {@code IMPORT.md}, in Italian like the authors' documentation. */
final class ImportReport {

    private ImportReport() {
    }

    static String write(ImportResult result, String sourceName) {
        StringBuilder md = new StringBuilder();
        var module = result.definition().path("x-module");
        md.append("# Importazione da form.io: ").append(result.definition().path("title").asText()).append("\n\n");
        md.append("- Origine: `").append(sourceName).append("`, ")
                .append(result.wizard() ? "procedura guidata form.io di " + result.pages() + " pagine"
                        : "modulo form.io semplice (un passo)")
                .append(result.wrapper().isEmpty() ? "" : ", estratto da un'esportazione di " + result.wrapper())
                .append("\n");
        md.append("- Modulo: `").append(module.path("code").asText()).append("`, versione ")
                .append(module.path("version").asText()).append(", processo `").append(module.path("workflow").asText())
                .append("`, categoria `").append(module.path("category").asText()).append("`, numerazione `")
                .append(module.path("numbering").asText()).append("`\n");
        md.append("- Campi riportati: ").append(result.dataPaths().size()).append("; note: ")
                .append(result.notes().size()).append("\n\n");
        md.append("Prima di pubblicare: controllare categoria e numerazione in `x-module`, leggere le note qui sotto, ")
                .append("sostituire gli esempi di prova con casi veri e compilare il modulo una volta fino all'invio ")
                .append("(docs/form-definition.md, §16).\n\n");
        md.append("Esempi scritti: ").append(result.validExample().isPresent()
                ? "`" + ImportResult.VALID_EXAMPLE + "` (valori di prova che il modulo accetta)"
                : "nessun esempio valido (i valori di prova non soddisfano il modulo, per esempio un `pattern`: scriverne uno)")
                .append(result.invalidExample().isPresent() ? ", `" + ImportResult.INVALID_EXAMPLE
                        + "` (con le violazioni che dà)" : "").append(".\n");
        section(md, "Problemi della definizione", "Il controllo della definizione trova ancora questi problemi: "
                + "il modulo non si pubblica finché non sono corretti.", problems(result.problems()), result.problems().isEmpty());
        notes(md, result, ImportNote.Kind.SCRIPT, "Da riscrivere in JSONLogic",
                "JavaScript del modulo form.io: non è mai eseguito. Riscrivere ciascuno come condizione "
                        + "`x-visible-when` (JSONLogic) o come regola della definizione.");
        notes(md, result, ImportNote.Kind.NOT_CARRIED, "Non riportati", "Componenti e impostazioni lasciati fuori dal modulo.");
        notes(md, result, ImportNote.Kind.CHANGED, "Riportati con differenze", "Componenti riportati, ma non come in form.io.");
        md.append("\n## Corrispondenza dei dati\n\n")
                .append("Dove finisce ogni valore dei dati di form.io (`[]`: ogni riga di una griglia; `*`: ogni riga ")
                .append("dell'elenco). Le chiavi restano le stesse; i passi e le sezioni aggiungono un livello.\n\n");
        if (result.dataPaths().isEmpty()) {
            md.append("Nessun campo.\n");
        } else {
            md.append("| Dato form.io | Dato del modulo | Il valore cambia |\n|---|---|---|\n");
            result.dataPaths().forEach(path -> md.append("| `").append(cell(path.formio())).append("` | `")
                    .append(cell(path.pointer())).append("` | ").append(cell(path.note())).append(" |\n"));
        }
        return md.toString();
    }

    private static void notes(StringBuilder md, ImportResult result, ImportNote.Kind kind, String title, String intro) {
        List<ImportNote> notes = result.notes().stream().filter(note -> note.kind() == kind).toList();
        StringBuilder table = new StringBuilder("| Chiave form.io | Tipo | Nota |\n|---|---|---|\n");
        notes.forEach(note -> table.append("| ").append(note.key().isEmpty() ? "(modulo)" : "`" + cell(note.key()) + "`")
                .append(" | ").append(cell(note.type())).append(" | ").append(cell(note.message())).append(" |\n"));
        section(md, title, intro, table.toString(), notes.isEmpty());
    }

    private static String problems(List<DefinitionProblem> problems) {
        StringBuilder table = new StringBuilder("| Punto | Problema |\n|---|---|\n");
        problems.forEach(problem -> table.append("| `").append(cell(problem.pointer())).append("` | ")
                .append(cell(problem.message())).append(" |\n"));
        return table.toString();
    }

    private static void section(StringBuilder md, String title, String intro, String table, boolean empty) {
        md.append("\n## ").append(title).append("\n\n");
        md.append(empty ? "Nessuno.\n" : intro + "\n\n" + table);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }
}
