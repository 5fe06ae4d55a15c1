package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.HelpContact;
import java.util.List;

/**
 * The assistance contacts an instance's receipt prints, asked for once, when the instance is sent,
 * and kept with it: the application knows them (admins edit them), the engine freezes them.
 */
@FunctionalInterface
public interface HelpContacts {

    /** No contacts for any module. */
    HelpContacts NONE = (definition, routingCategory) -> List.of();

    /**
     * @param routingCategory the category chosen in the data of a module that routes its instances
     *                        ({@code x-module.routing}); {@code null} for the module's own category
     */
    List<HelpContact> of(FormDefinition definition, String routingCategory);
}
