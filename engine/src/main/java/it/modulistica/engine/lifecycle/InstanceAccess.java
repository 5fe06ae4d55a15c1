package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.PinnedDefinitions;
import it.modulistica.workflow.Actor;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Loads an instance for a caller, with the roles the caller has on it: owner when they created it,
 * operator when their operator access covers the module's category or code and the instance has
 * been sent (a draft is nobody's business but its compilers'), or, for an instance its module routes
 * by its data, the category it was routed to. A member of the organisation an
 * instance is filed for sees it, read-only, when the module shares its instances with the
 * organisation. Any other instance is not found, like a deleted one.
 */
final class InstanceAccess {

    private final InstanceRepository instances;
    private final PinnedDefinitions pinned;

    InstanceAccess(InstanceRepository instances, PinnedDefinitions pinned) {
        this.instances = instances;
        this.pinned = pinned;
    }

    /**
     * An instance the caller may see, its pinned definition and the caller's roles on it: empty for
     * a member of the organisation it is shared with, who reads it and takes no action.
     */
    record Visible(Instance instance, FormDefinition definition, Set<Actor> actors) {
    }

    Visible load(UUID id, Caller caller) {
        return see(instances.findById(id).filter(found -> !found.deleted())
                .orElseThrow(() -> new InstanceNotFound(id)), caller);
    }

    /**
     * What {@link #load} gives for an instance already in hand, such as one this transaction just stored.
     *
     * @throws InstanceNotFound when the caller may not see it
     */
    Visible see(Instance instance, Caller caller) {
        UUID id = instance.id();
        FormDefinition definition = pinned.of(instance);
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (instance.owner().equals(caller.username())) {
            actors.add(Actor.OWNER);
        }
        if (!draft(instance) && caller.operates(instance, definition)) {
            actors.add(Actor.OPERATOR);
        }
        if (actors.isEmpty() && !sharedWith(caller, instance, definition)) {
            throw new InstanceNotFound(id);
        }
        return new Visible(instance, definition, Set.copyOf(actors));
    }

    /**
     * Whether the instance is still a draft: the workflow has not handed it to the office yet, which
     * happens with the send that freezes its data ({@code freeze-data}). Operators and admins do not
     * see drafts at all, whatever their access to the module.
     */
    static boolean draft(Instance instance) {
        return instance.sentAt().isEmpty();
    }

    private static boolean sharedWith(Caller caller, Instance instance, FormDefinition definition) {
        return definition.compilers().sharedWithOrganisation()
                && instance.organisation().filter(organisation -> caller.mayActFor(organisation, null)).isPresent();
    }
}
