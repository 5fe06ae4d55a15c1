package it.modulistica.app.instances;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import it.modulistica.engine.instance.LockTimes;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lock times as the timer {@code modulistica.lock.held}, tagged {@code lock=counter} or
 * {@code lock=instance}, with its 50th, 95th and 99th percentiles: for the metrics endpoint when an
 * operator exposes it ({@code management.endpoints.web.exposure.include=health,metrics}, for
 * administrators only), and for the click-day benchmark.
 */
final class MeteredLockTimes implements LockTimes {

    static final String NAME = "modulistica.lock.held";

    private final Map<Lock, Timer> timers = new EnumMap<>(Lock.class);

    MeteredLockTimes(MeterRegistry registry) {
        for (Lock lock : Lock.values()) {
            timers.put(lock, Timer.builder(NAME)
                    .description("How long a transaction held the lock, from taking it to its commit or rollback")
                    .tag("lock", lock.name().toLowerCase(Locale.ROOT))
                    .publishPercentiles(0.5, 0.95, 0.99)
                    .register(registry));
        }
    }

    @Override
    public void held(Lock lock, Duration held) {
        timers.get(lock).record(held);
    }
}
