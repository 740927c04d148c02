package io.kanava;

/**
 * Receives the events of a topic inside the application; see {@link EventHub#subscribe(String, Class, EventListener)}.
 *
 * @param <T> the data type
 */
@FunctionalInterface
public interface EventListener<T> {

    /**
     * Handles one event. An exception is logged and does not reach the publisher.
     *
     * @param topic the topic
     * @param data the event's data bound to the listener's type; {@code null} for JSON {@code null}
     */
    void onEvent(String topic, T data);
}
