package it.modulistica.app.instances;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.lifecycle.InstanceView;
import it.modulistica.workflow.Action;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An instance as the API shows it: identity, pinned module, state with its label, owner,
 * organisation, dates, the data, the SHA-256 of the frozen data once sent, and what the caller may
 * do now. {@code version} is the value for {@code If-Match}.
 */
record InstanceRepresentation(
        UUID id,
        String number,
        FormReference form,
        StateReference state,
        long version,
        String owner,
        String organisation,
        Instant createdAt,
        Instant updatedAt,
        Instant sentAt,
        String frozenSha256,
        ObjectNode data,
        List<ActionRepresentation> actions) {

    record FormReference(String code, String version, String title) {
    }

    record StateReference(String code, String label, String tab, boolean editable) {
    }

    static InstanceRepresentation of(InstanceView view, Locale locale) {
        Instance instance = view.instance();
        return new InstanceRepresentation(
                instance.id(),
                instance.number().orElse(null),
                new FormReference(view.definition().code(), view.definition().version(),
                        view.definition().title().in(locale)),
                new StateReference(view.state().code(), view.state().label().in(locale), view.state().tab(),
                        view.state().ownerMayEdit()),
                instance.version().orElseThrow(),
                instance.owner(),
                instance.organisation().orElse(null),
                instance.createdAt(),
                instance.updatedAt(),
                instance.sentAt().orElse(null),
                instance.frozenSha256().orElse(null),
                instance.data(),
                view.permittedActions().stream().map(a -> ActionRepresentation.of(a, locale)).toList());
    }

    /** An action the caller may take, with the texts its button and confirmation dialog show. */
    record ActionRepresentation(String code, String label, String confirmation, String to, String note,
            boolean attachments, boolean issuedDocument) {

        static ActionRepresentation of(Action action, Locale locale) {
            return new ActionRepresentation(action.code(), action.label().in(locale),
                    action.confirmation().isEmpty() ? null : action.confirmation().in(locale), action.to(),
                    action.input().note().name().toLowerCase(Locale.ROOT), action.input().attachments(),
                    action.input().issuedDocument());
        }
    }
}
