package io.kanava.impl.metrics;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * What an application's event hub has done: events published, publishes refused, how long the transport took, and
 * the state of its link to the other nodes. Counting takes no lock.
 */
public final class EventHubMetrics implements EventHubMetricsMXBean {

    private final Durations publishes = new Durations();
    private final LongAdder failures = new LongAdder();
    private volatile Supplier<String> linkState = () -> "in-memory";

    /**
     * Records a publish the transport took.
     *
     * @param nanos how long it took
     */
    public void published(long nanos) {
        publishes.record(nanos);
    }

    /** Counts a publish the transport refused. */
    public void publishFailed() {
        failures.increment();
    }

    /**
     * Tells where the state of the transport's link is read.
     *
     * @param state the current state, read when asked
     */
    public void linkState(Supplier<String> state) {
        this.linkState = state;
    }

    @Override
    public long getEventsPublished() {
        return publishes.count();
    }

    @Override
    public long getPublishFailures() {
        return failures.sum();
    }

    @Override
    public long getPublishTotalMicros() {
        return publishes.totalMicros();
    }

    @Override
    public long getPublishLongestMicros() {
        return publishes.longestMicros();
    }

    @Override
    public String getLinkState() {
        return linkState.get();
    }
}
