package it.modulistica.engine.window;

/**
 * The module may not be compiled because an admin suspended it (the message gives the reason) or
 * retired it. Like a closed window it refuses creation, saving a draft and the actions guarded by
 * {@code window-open}.
 */
public final class ModuleNotPublished extends ModuleClosed {

    private final PublicationChange publication;

    public ModuleNotPublished(PublicationChange publication) {
        super(publication.formCode(), message(publication));
        this.publication = publication;
    }

    private static String message(PublicationChange publication) {
        return switch (publication.status()) {
            case SUSPENDED -> "Il modulo è sospeso e non può essere compilato né inviato: " + publication.reason();
            case RETIRED -> "Il modulo è stato ritirato e non può più essere compilato né inviato";
            case PUBLISHED -> throw new IllegalArgumentException("A published module is compilable");
        };
    }

    public PublicationChange publication() {
        return publication;
    }
}
