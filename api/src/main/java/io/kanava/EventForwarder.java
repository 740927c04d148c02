package io.kanava;

/**
 * The rest of a middleware chain: the next middleware, or the connection's queue after the last one.
 */
@FunctionalInterface
public interface EventForwarder {

    /**
     * Passes an event on. Calling it several times fans the event out; not calling it drops the event.
     *
     * @param event the event, unchanged or changed
     */
    void forward(OutgoingEvent event);
}
