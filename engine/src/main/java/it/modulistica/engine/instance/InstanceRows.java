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

    Optional<Instance> findById(UUID id);
}
