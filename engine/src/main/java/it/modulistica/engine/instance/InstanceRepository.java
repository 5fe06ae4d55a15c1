package it.modulistica.engine.instance;

import java.util.UUID;
import org.springframework.data.repository.Repository;

/**
 * Stores and loads instances. Saving a stale copy throws an optimistic locking exception. The reads
 * and updates are the {@link InstanceRows} fragment's; a new instance is inserted by Spring Data JDBC
 * from the entity's mapping.
 */
public interface InstanceRepository extends Repository<Instance, UUID>, InstanceRows {
}
