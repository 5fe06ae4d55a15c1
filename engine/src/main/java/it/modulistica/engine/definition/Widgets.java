package it.modulistica.engine.definition;

import java.util.Optional;
import java.util.Set;

/** Which widgets suit a value field, and which one it gets when the definition does not say. */
final class Widgets {

    private Widgets() {
    }

    /**
     * The widget of a value field: the declared one when it suits the field's type and options,
     * else the inferred one (reporting the mismatch).
     */
    static Widget choose(ValueType type, Constraints constraints, OptionSource options,
            Optional<Widget> declared, String pointer, Problems problems) {
        Set<Widget> allowed = switch (type) {
            case STRING -> options != null ? Set.of(Widget.SELECT, Widget.RADIO)
                    : Set.of(Widget.TEXT, Widget.TEXTAREA, Widget.DATE, Widget.EMAIL, Widget.TEL);
            case NUMBER, INTEGER -> options != null ? Set.of(Widget.SELECT, Widget.RADIO) : Set.of(Widget.NUMBER);
            case BOOLEAN -> Set.of(Widget.CHECKBOX, Widget.RADIO);
            case ARRAY -> options != null ? Set.of(Widget.CHECKBOX, Widget.SELECT) : Set.of(Widget.FILE);
            default -> Set.of();
        };
        boolean file = declared.filter(w -> w == Widget.FILE).isPresent();
        if (file && type != ValueType.ARRAY) {
            problems.add(pointer + "/type", "Un campo file è un elenco di file: dichiarare \"type\": \"array\"");
            return infer(type, constraints, options);
        }
        if (type == ValueType.ARRAY && options == null && !file) {
            problems.add(pointer + "/items", "Un elenco di valori deve offrire delle opzioni (enum, oneOf o x-options); "
                    + "per righe ripetibili usare \"items\" di tipo object");
        }
        Widget inferred = infer(type, constraints, options);
        if (declared.isEmpty()) {
            return inferred;
        }
        if (!allowed.contains(declared.get())) {
            problems.add(pointer + "/x-widget", "Il widget \"" + declared.get().jsonName()
                    + "\" non si applica a un campo di tipo " + type.jsonName()
                    + (options != null ? " con opzioni" : ""));
            return inferred;
        }
        return declared.get();
    }

    static Widget infer(ValueType type, Constraints constraints, OptionSource options) {
        return switch (type) {
            case BOOLEAN -> Widget.CHECKBOX;
            case NUMBER, INTEGER -> options != null ? Widget.SELECT : Widget.NUMBER;
            case ARRAY -> Widget.CHECKBOX;
            default -> {
                if (options != null) {
                    yield Widget.SELECT;
                }
                String format = constraints.format() == null ? "" : constraints.format();
                yield switch (format) {
                    case "date" -> Widget.DATE;
                    case "email", "pec" -> Widget.EMAIL;
                    case "telefono" -> Widget.TEL;
                    default -> Widget.TEXT;
                };
            }
        };
    }
}
