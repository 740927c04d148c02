package io.kanava.spi;

/**
 * A node's hub, as a transport sees it.
 */
@FunctionalInterface
public interface EventSink {

    /**
     * Delivers an event to this node's subscribers.
     *
     * @param event the event
     */
    void deliver(TransportEvent event);
}
