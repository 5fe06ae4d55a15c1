package it.modulistica.engine.lifecycle;

/**
 * Which modules a user works on as an operator of the receiving office, by category or by module
 * code. An operator sees the instances of the modules covered and may take the operator's actions;
 * an instance its module routes to a category by its data is seen by the operators of that category
 * instead of those of the module's.
 */
@FunctionalInterface
public interface OperatorAccess {

    /** Not an operator of any module. */
    OperatorAccess NONE = (category, formCode) -> false;

    /** Whether the caller works on the module {@code formCode}, filed under {@code category}. */
    boolean covers(String category, String formCode);

    /**
     * Whether the caller works on the instances of module {@code formCode} routed to
     * {@code routingCategory} by their data ({@code x-module.routing}): operators of that category, of
     * that module by its code, or of every module. Unlike {@link #covers}, the category is the one the
     * instance names, whatever category the module itself is filed under.
     */
    default boolean coversRouted(String routingCategory, String formCode) {
        return covers(routingCategory, formCode);
    }
}
