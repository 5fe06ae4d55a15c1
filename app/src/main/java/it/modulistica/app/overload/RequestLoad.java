package it.modulistica.app.overload;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The requests of this node: the places of the admission line ({@link OverloadSettings#maxConcurrent()}
 * at once) and how many requests hold or wait for one, which background work reads to give way
 * ({@link BackgroundPace}).
 */
public final class RequestLoad {

    private final int maxConcurrent;
    private final Semaphore places;

    RequestLoad(int maxConcurrent) {
        this.maxConcurrent = maxConcurrent;
        this.places = new Semaphore(maxConcurrent, true);
    }

    /** Takes a place, waiting up to {@code millis}; whether one was had. */
    boolean enter(long millis) throws InterruptedException {
        return places.tryAcquire(millis, TimeUnit.MILLISECONDS);
    }

    void leave() {
        places.release();
    }

    /** The places of the line, for a test to fill. */
    Semaphore places() {
        return places;
    }

    /** How many requests are running or waiting for a place on this node now. */
    public int demand() {
        return maxConcurrent - places.availablePermits() + places.getQueueLength();
    }
}
