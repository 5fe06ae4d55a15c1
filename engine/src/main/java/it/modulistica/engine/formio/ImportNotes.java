package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The notes and data paths collected while one form is translated. */
final class ImportNotes {

    private final List<ImportNote> notes = new ArrayList<>();
    private final List<DataPath> dataPaths = new ArrayList<>();

    void add(JsonNode component, ImportNote.Kind kind, String message) {
        notes.add(new ImportNote(component.path("key").asText(""), component.path("type").asText(""), kind, message));
    }

    void notCarried(JsonNode component, String message) {
        add(component, ImportNote.Kind.NOT_CARRIED, message);
    }

    void changed(JsonNode component, String message) {
        add(component, ImportNote.Kind.CHANGED, message);
    }

    void script(JsonNode component, String message) {
        add(component, ImportNote.Kind.SCRIPT, message);
    }

    void node(String key, ImportNote.Kind kind, String message) {
        notes.add(new ImportNote(key, "", kind, message));
    }

    void form(ImportNote.Kind kind, String message) {
        notes.add(new ImportNote("", "form", kind, message));
    }

    void dataPath(String formio, String pointer, String note) {
        dataPaths.add(new DataPath(formio, pointer, note));
    }

    List<ImportNote> notes() {
        return List.copyOf(notes);
    }

    List<DataPath> dataPaths() {
        return List.copyOf(dataPaths);
    }
}
