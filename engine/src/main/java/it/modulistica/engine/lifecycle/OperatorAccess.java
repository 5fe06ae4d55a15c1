package it.modulistica.engine.lifecycle;

/**
 * Which modules a user works on as an operator of the receiving office, by category or by module
 * code. An operator sees the instances of the modules covered and may take the operator's actions.
 */
@FunctionalInterface
public interface OperatorAccess {

    /** Not an operator of any module. */
    OperatorAccess NONE = (category, formCode) -> false;

    boolean covers(String category, String formCode);
}
