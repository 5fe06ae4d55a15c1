package it.modulistica.engine.instance;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Stores and loads instances. Saving a stale copy throws an optimistic locking exception. */
public interface InstanceRepository extends Repository<Instance, UUID> {

    Instance save(Instance instance);

    Optional<Instance> findById(UUID id);
}
