package it.modulistica.renderer.wizard;

import java.util.List;

/**
 * One editable field. {@code name} is the JSON pointer of its value in the data, so that
 * {@link FormPostReader} can rebuild the JSON from the post. Limits are {@code null} when the
 * schema sets none.
 *
 * @param widget      text, textarea, select, multiselect, radio, checkbox, checkboxes, date, email,
 *                    tel, number or file
 * @param htmlType    the {@code type} of an {@code input} element
 * @param describedBy the ids of the help text and the error message, for {@code aria-describedby}
 * @param value       the current value as the input shows it ({@code ""} when empty)
 * @param checked     a single checkbox is ticked
 * @param choices     the options of a select, radio or checkbox list
 * @param dataSource  the data source of the options, for a script that refreshes them
 * @param dependsOn   the pointers of the fields the options depend on, space-separated
 * @param hidden      its {@code x-visible-when} does not hold: printed hidden
 * @param disabled    it or a section or group around it is hidden: its value is not posted
 * @param readOnly    computed by the server ({@code x-computed}): shown, not editable
 * @param locked      set by the platform for this compiler (prefilled from the profile): printed as
 *                    text, not as an input, and kept by the server whatever is posted
 * @param files       the uploaded files and limits of a file field, else {@code null}
 */
public record Input(
        String id,
        String name,
        String widget,
        String htmlType,
        String label,
        List<String> help,
        String helpId,
        String placeholder,
        boolean required,
        String value,
        boolean checked,
        List<Choice> choices,
        Integer minLength,
        Integer maxLength,
        String pattern,
        String min,
        String max,
        String step,
        String error,
        String errorId,
        String describedBy,
        String dataSource,
        String dependsOn,
        boolean hidden,
        boolean disabled,
        Control.Visibility visibility,
        boolean readOnly,
        boolean locked,
        Files files) implements Control {

    public Input {
        help = List.copyOf(help);
        choices = List.copyOf(choices);
    }

    @Override
    public String kind() {
        return "input";
    }

    /**
     * A file field's uploaded files and what more it accepts. Each file is posted back as a hidden
     * input holding its reference, so the step keeps it; its remove button posts {@code _removeFile}.
     *
     * @param accept   the {@code accept} attribute: extensions and media types
     * @param rules    the limits for the help text ("PDF, massimo 5 MB, fino a 1 file")
     * @param canAdd   fewer files than the maximum: the file input is shown
     * @param multiple more than one file may still be chosen at once
     */
    public record Files(List<UploadedFile> uploaded, String accept, String rules, boolean canAdd, boolean multiple) {

        public Files {
            uploaded = List.copyOf(uploaded);
        }
    }

    /** A file in a file field: its reference as JSON (for the hidden input), name and size. */
    public record UploadedFile(String id, String referenceJson, String name, String size, String downloadPath) {
    }

    /** An option of a select, radio group or checkbox list. */
    public record Choice(String id, String value, String label, boolean selected) {
    }
}
