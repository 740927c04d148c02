package io.kanava.spi;

/**
 * Carries published events to every node of the application, each node's hub delivering them to its own
 * subscribers. The in-memory transport (the default) serves one node; a JMS topic serves a cluster.
 *
 * <p>Implementations are thread-safe. An event reaches the local sink exactly once, on the publishing node too,
 * and the events of one publisher keep their order.
 */
public interface EventTransport extends AutoCloseable {

    /**
     * Starts carrying events, handing every event that reaches this node to the sink.
     *
     * @param sink this node's hub
     */
    void start(EventSink sink);

    /**
     * Publishes an event to every node.
     *
     * @param event the event, its data already serialised
     * @throws io.kanava.KanavaException when the event cannot be carried; the caller learns at once
     */
    void publish(TransportEvent event);

    /** Stops carrying events and releases every resource. */
    @Override
    void close();
}
