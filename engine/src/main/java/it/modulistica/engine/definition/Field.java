package it.modulistica.engine.definition;

import java.util.List;
import java.util.Optional;

/**
 * One node of a form's layout tree, in the order the definition declares it.
 *
 * @param name        the property name in the data
 * @param path        JSON pointer of the node in the data, with {@code *} for the rows of a
 *                    repeatable group ({@code /utenti/*}{@code /nome})
 * @param kind        section, repeatable group, value or information text
 * @param type        the declared JSON type ({@link ValueType#NONE} for information text)
 * @param widget      how a value is shown; {@code null} for sections and groups
 * @param label       the {@code title}
 * @param help        the {@code description}: help text of a field, introduction of a section
 * @param placeholder an example shown inside an empty input ({@code x-placeholder})
 * @param required    listed in the parent's {@code required}
 * @param constraints limits and formats
 * @param options     the choices of a select or radio field, else {@code null}
 * @param visibleWhen shown only when this holds, else always shown
 * @param group       the texts of a repeatable group, else {@code null}
 * @param searchable  its value may be searched by operators ({@code x-searchable})
 * @param computed    how the server computes its value ({@code x-computed}), else {@code null}
 * @param files       what a file field accepts ({@code x-file}), else {@code null}
 * @param children    the fields of a section, or of each row of a group
 */
public record Field(
        String name,
        String path,
        FieldKind kind,
        ValueType type,
        Widget widget,
        LocalizedText label,
        LocalizedText help,
        LocalizedText placeholder,
        boolean required,
        Constraints constraints,
        OptionSource options,
        VisibilityCondition visibleWhen,
        GroupLabels group,
        boolean searchable,
        Computation computed,
        FileRules files,
        List<Field> children) {

    public Field {
        children = List.copyOf(children);
    }

    /** The direct child with this property name. */
    public Optional<Field> child(String childName) {
        return children.stream().filter(c -> c.name().equals(childName)).findFirst();
    }

    /** Whether the server computes the value: shown read-only, never taken from the client. */
    public boolean isComputed() {
        return computed != null;
    }

    public boolean holdsData() {
        return kind != FieldKind.INFO;
    }

    /** Whether the field holds uploaded files: a list of file references. */
    public boolean isFile() {
        return widget == Widget.FILE;
    }
}
