package io.kanava.spi;

import java.util.Objects;

/**
 * A published event as transports carry it: its topic, its data as JSON text (serialised once, on the publishing
 * node), and the id of a connection that must not receive it.
 *
 * @param topic the topic
 * @param json the data as JSON text
 * @param exceptConnection the id of the connection to skip, or {@code null}
 */
public record TransportEvent(String topic, String json, String exceptConnection) {

    /**
     * Checks the parts.
     *
     * @param topic the topic, not {@code null}
     * @param json the JSON text, not {@code null}
     * @param exceptConnection a connection id or {@code null}
     */
    public TransportEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(json, "json");
    }
}
