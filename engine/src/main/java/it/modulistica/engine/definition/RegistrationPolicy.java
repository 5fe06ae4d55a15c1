package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code x-module.registration}: the instances of a module are delivered to a registration target
 * (a protocol register, a case-management system) when one of the listed actions is taken.
 *
 * @param target         the name of a target configured by the administration
 *                       ({@code modulistica.registration.targets.<name>})
 * @param on             the workflow actions that deliver the instance
 * @param awaitProtocol  whether the receipt e-mail waits for the protocol number the target sends back
 */
public record RegistrationPolicy(String target, List<String> on, boolean awaitProtocol) {

    public RegistrationPolicy {
        on = List.copyOf(on);
    }

    /** Whether taking {@code action} delivers the instance. */
    public boolean deliversOn(String action) {
        return on.contains(action);
    }

    /** The settings of a definition's {@code x-module}, empty when it has no {@code registration}. */
    static Optional<RegistrationPolicy> read(JsonNode module) {
        JsonNode registration = module.path("registration");
        if (!registration.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new RegistrationPolicy(registration.path("target").asText(""),
                DefinitionNodes.strings(registration.path("on")), registration.path("awaitProtocol").asBoolean(false)));
    }
}
