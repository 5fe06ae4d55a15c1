package it.modulistica.renderer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.FormDefinition;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything one rendering of an instance needs: the definition it was started with, its data, the
 * data sources that turn stored codes into names, the facts of its header and the reader's
 * language. The renderer never reads anything else about the instance.
 *
 * @param definition  the pinned definition of the instance
 * @param data        the instance's data; not modified by the renderer ({@code null} = empty)
 * @param dataSources the data sources of the forms directory
 * @param header      number, state and dates of the instance
 * @param locale      the reader's language: Italian unless {@code en}; {@code null} = Italian
 */
public record RenderRequest(
        FormDefinition definition,
        ObjectNode data,
        DataSources dataSources,
        InstanceHeader header,
        Locale locale) {

    public static final Locale ITALIAN = Locale.ITALIAN;

    public RenderRequest {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(dataSources, "dataSources");
        Objects.requireNonNull(header, "header");
        data = data == null ? JsonNodeFactory.instance.objectNode() : data;
        locale = locale == null || !"en".equals(locale.getLanguage()) ? ITALIAN : Locale.ENGLISH;
    }
}
