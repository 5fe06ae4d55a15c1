package it.modulistica.engine.formio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The imported value fields by form.io path, to resolve what a condition refers to: a row sibling
 * first (as form.io does for a component inside a grid), then the whole dotted path, then the key
 * alone.
 */
final class FieldRegistry {

    /**
     * One imported value field.
     *
     * @param formio  form.io's data path with {@code []} after each grid ({@code figli[].dieta})
     * @param pointer the JSON pointer in the module's data
     * @param shape   the shape of the value
     */
    record Placed(String formio, String pointer, Shape shape) {

        String dotted() {
            return formio.replace("[]", "");
        }

        String key() {
            return formio.substring(formio.lastIndexOf('.') + 1).replace("[]", "");
        }
    }

    private final List<Placed> fields = new ArrayList<>();
    private final List<String> leftOut = new ArrayList<>();

    void add(Placed placed) {
        fields.add(placed);
    }

    /** A component left out of the module (hidden, password ...), named so that conditions on it can say why. */
    void leftOut(String formioPath) {
        leftOut.add(formioPath.replace("[]", ""));
    }

    boolean isLeftOut(String reference) {
        return leftOut.contains(reference) || leftOut.stream().anyMatch(path -> path.endsWith("." + reference));
    }

    /**
     * The field a form.io reference names.
     *
     * @param reference a dotted path or key ({@code data.} and {@code row.} prefixes allowed)
     * @param rowPrefix form.io's path of the row the referring component is in ({@code figli[].}), or {@code null}
     */
    Optional<Placed> resolve(String reference, String rowPrefix) {
        String wanted = reference.strip();
        if (wanted.startsWith("data.")) {
            wanted = wanted.substring("data.".length());
        }
        if (wanted.startsWith("row.")) {
            if (rowPrefix == null) {
                return Optional.empty();
            }
            wanted = rowPrefix.replace("[]", "") + wanted.substring("row.".length());
        }
        if (rowPrefix != null) {
            String sibling = rowPrefix.replace("[]", "") + wanted;
            Optional<Placed> inRow = fields.stream().filter(f -> f.dotted().equals(sibling)).findFirst();
            if (inRow.isPresent()) {
                return inRow;
            }
        }
        String path = wanted;
        Optional<Placed> exact = fields.stream().filter(f -> f.dotted().equals(path)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String key = path.substring(path.lastIndexOf('.') + 1);
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
