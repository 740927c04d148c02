package io.kanava.impl.metrics;

import java.util.Map;

/**
 * One channel's metrics, as JMX shows them under {@code io.kanava:type=Channel,application=<context
 * path>,channel=<name>}. Counts run from the channel's registration; docs/operations.md names each attribute's
 * OpenTelemetry instrument.
 */
public interface ChannelMetricsMXBean {

    /**
     * Returns the channel's name.
     *
     * @return the name
     */
    String getChannel();

    /**
     * Returns how many connections are open now ({@code kanava.connections.open}).
     *
     * @return the count
     */
    int getConnectionsOpen();

    /**
     * Returns how many calls were answered, by action and outcome ({@code kanava.calls}), keyed
     * {@code "<action> <outcome>"}: the outcome is {@code ok} for a reply, else the error code; an action the channel
     * does not declare counts as {@code $other}.
     *
     * @return the counts
     */
    Map<String, Long> getCalls();

    /**
     * Returns how many calls were timed ({@code kanava.call.duration}, its count).
     *
     * @return the count
     */
    long getCallCount();

    /**
     * Returns the time the timed calls took together, from dispatch to answer, in microseconds.
     *
     * @return the sum
     */
    long getCallTotalMicros();

    /**
     * Returns the longest call, in microseconds.
     *
     * @return the longest
     */
    long getCallLongestMicros();

    /**
     * Returns the most frames any connection's outgoing queue held at once
     * ({@code kanava.outgoing.queue.high_water}).
     *
     * @return the high-water mark in frames
     */
    int getQueueHighWaterFrames();

    /**
     * Returns the most characters any connection's outgoing queue held at once.
     *
     * @return the high-water mark in characters
     */
    long getQueueHighWaterChars();

    /**
     * Returns how many connections were given up for reading too slowly ({@code kanava.connections.slow_closes}).
     *
     * @return the count
     */
    long getSlowClientCloses();

    /**
     * Returns how many events were queued to this channel's connections ({@code kanava.events.delivered}).
     *
     * @return the count
     */
    long getEventsDelivered();

    /**
     * Returns how many events were dropped: by the drop-oldest policy, or too large for a connection's queue
     * ({@code kanava.events.dropped}).
     *
     * @return the count
     */
    long getEventsDropped();
}
