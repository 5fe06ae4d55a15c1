package it.modulistica.engine.instance;

import java.util.Optional;
import java.util.UUID;

/**
 * How {@link InstanceRepository} reads and stores an instance: with SQL written for the instance row
 * ({@link InstanceRowsSql}), because every request on an instance goes through these two and
 * Spring Data JDBC's generic mapping of the row cost more than the rest of the read (JFR, issue 13).
 */
public interface InstanceRows {

    /**
     * Stores the instance: inserts a new one (no version yet), or updates a stored one when its
     * version is still the stored one, increasing it.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone else saved it
     *         since it was loaded, or it is no longer there
     */
    Instance save(Instance instance);

    /**
     * Updates a stored instance as {@link #save} does and, in the same statement, the declarant's
     * columns (who declared, as the back office lists and searches it), which only the action that
     * freezes the data writes: one update of the row instead of two.
     *
     * @param declarantName the declarant's name, {@code null} when the module prefills none
     * @param declarantCode the declarant's codice fiscale, {@code null} when the module prefills none
     * @throws org.springframework.dao.OptimisticLockingFailureException as {@link #save} does
     * @throws IllegalArgumentException when the instance was never stored
     */
    Instance saveDeclared(Instance instance, String declarantName, String declarantCode);

    Optional<Instance> findById(UUID id);
}
