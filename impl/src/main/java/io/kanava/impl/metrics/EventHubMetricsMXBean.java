package io.kanava.impl.metrics;

/**
 * An application's event hub metrics, as JMX shows them under {@code io.kanava:type=EventHub,application=<context
 * path>}. Counts run from the application's start; docs/operations.md names each attribute's OpenTelemetry
 * instrument.
 */
public interface EventHubMetricsMXBean {

    /**
     * Returns how many events the application published that reached the transport
     * ({@code kanava.events.published}).
     *
     * @return the count
     */
    long getEventsPublished();

    /**
     * Returns how many publishes the transport refused ({@code kanava.events.publish_failures}).
     *
     * @return the count
     */
    long getPublishFailures();

    /**
     * Returns the time the transport's publishes took together, in microseconds ({@code kanava.publish.duration}):
     * over JMS, until the broker acknowledged; in memory, the fan-out to this node's subscribers.
     *
     * @return the sum
     */
    long getPublishTotalMicros();

    /**
     * Returns the longest publish, in microseconds.
     *
     * @return the longest
     */
    long getPublishLongestMicros();

    /**
     * Returns the state of the link to the other nodes ({@code kanava.transport.link}): {@code in-memory} on one
     * node, {@code connected} or {@code disconnected} for the JMS broker, {@code custom} for an application's own
     * transport.
     *
     * @return the state
     */
    String getLinkState();
}
