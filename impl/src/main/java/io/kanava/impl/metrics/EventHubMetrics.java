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
    private volatile boolean counting = true;

    /**
     * Turns counting on or off; the hub then times its publishes or not.
     *
     * @param on {@code false} when metrics are off
     */
    public void counting(boolean on) {
        this.counting = on;
    }

    /**
     * Tells whether publishes are to be timed and counted.
     *
     * @return {@code false} when metrics are off
     */
    public boolean counting() {
        return counting;
    }

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
