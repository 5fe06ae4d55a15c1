package it.modulistica.engine.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.CompilerPolicy;
import it.modulistica.engine.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds an instance's data to who compiles it: writes the compiler's identity and what is known of the
 * organisation acted for into the prefilled fields at creation, keeps those the identity has a value
 * for locked in every draft saved afterwards (the others, and the organisation's, stay editable), and
 * checks that
 * the organisation field names the organisation acted for.
 */
final class IdentityBinding {

    static final String PREFILLED = "prefilled";
    static final String ORGANISATION = "organisation";

    private IdentityBinding() {
    }

    /**
     * The data of a new instance: the prefilled fields the identity, or the organisation acted for
     * ({@code organisation}: its attributes without prefix), has a value for.
     */
    static ObjectNode prefill(CompilerPolicy policy, Identity identity, Map<String, String> organisation) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        policy.prefill().forEach((pointer, attribute) -> {
            Optional<String> value = attribute.startsWith(CompilerPolicy.ORGANISATION_PREFIX)
                    ? Optional.ofNullable(organisation.get(attribute.substring(CompilerPolicy.ORGANISATION_PREFIX.length())))
                    : identity.attribute(attribute);
            value.filter(text -> !text.isBlank()).ifPresent(text -> put(data, pointer, text));
        });
        return data;
    }

    /**
     * The prefilled fields the compiler may not change: those the identity has a value for. A field
     * whose attribute the profile lacks was left empty at creation and stays editable, so that the
     * compiler can fill it in.
     */
    static Set<String> locked(CompilerPolicy policy, Identity identity) {
        Set<String> locked = new LinkedHashSet<>();
        policy.lockedPrefill().forEach((pointer, attribute) -> {
            if (identity.attribute(attribute).isPresent()) {
                locked.add(pointer);
            }
        });
        return locked;
    }

    /**
     * The locked fields whose incoming value differs from the stored one; a field left out of
     * {@code incoming} is not a difference, {@link #restore} puts it back.
     */
    static List<Violation> changedPrefills(Set<String> locked, JsonNode stored, JsonNode incoming) {
        List<Violation> violations = new ArrayList<>();
        for (String pointer : locked) {
            JsonNode sent = incoming.at(pointer);
            if (!sent.isMissingNode() && !sent.equals(stored.at(pointer))) {
                violations.add(Violation.of(pointer, PREFILLED));
            }
        }
        return violations;
    }

    /** A copy of {@code data} with the locked fields as stored. */
    static ObjectNode restore(Set<String> locked, JsonNode stored, ObjectNode data) {
        ObjectNode restored = data.deepCopy();
        for (String pointer : locked) {
            JsonNode value = stored.at(pointer);
            if (value.isTextual()) {
                put(restored, pointer, value.asText());
            }
        }
        return restored;
    }

    /** A violation when the organisation field does not hold the code of the organisation acted for. */
    static Optional<Violation> organisationMismatch(CompilerPolicy policy, JsonNode data, String organisation) {
        String pointer = policy.organisationField();
        if (pointer == null || organisation == null) {
            return Optional.empty();
        }
        JsonNode value = data.at(pointer);
        if (value.isMissingNode() || value.isNull() || value.asText().equals(organisation)) {
            return Optional.empty();
        }
        return Optional.of(new Violation(pointer, ORGANISATION, Map.of("organisation", organisation)));
    }

    private static void put(ObjectNode data, String pointer, String value) {
        String[] names = pointer.substring(1).split("/");
        ObjectNode parent = data;
        for (int i = 0; i < names.length - 1; i++) {
            String name = unescape(names[i]);
            JsonNode child = parent.get(name);
            parent = child instanceof ObjectNode object ? object : parent.putObject(name);
        }
        parent.put(unescape(names[names.length - 1]), value);
    }

    private static String unescape(String name) {
        return name.replace("~1", "/").replace("~0", "~");
    }
}
