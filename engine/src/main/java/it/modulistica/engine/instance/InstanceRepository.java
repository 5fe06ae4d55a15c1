package it.modulistica.engine.instance;

import java.util.UUID;
import org.springframework.data.repository.Repository;

/**
 * Stores and loads instances. Saving a stale copy throws an optimistic locking exception. Its
 * methods are the {@link InstanceRows} fragment's, which writes the SQL of the entity's mapping.
 */
public interface InstanceRepository extends Repository<Instance, UUID>, InstanceRows {
}
