package io.kanava.impl.eventhub;

import java.io.StringReader;
import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import io.kanava.spi.TransportEvent;

/**
 * How an order to close a subject's connections travels between nodes: an event of the reserved topic
 * {@value #TOPIC}, whose data is {@code {"subject", "reason"}}, so every transport carries it as it carries events.
 * Topics starting with {@code $} are the protocol's own; applications cannot publish or subscribe to them.
 */
final class DisconnectOrders {

    /** The reserved topic of disconnect orders. */
    static final String TOPIC = "$kanava:disconnect";

    private DisconnectOrders() {}

    /**
     * One order.
     *
     * @param subject whose connections close
     * @param reason the close reason
     */
    record Order(String subject, String reason) {}

    static TransportEvent write(String subject, String reason) {
        Objects.requireNonNull(subject, "subject");
        String json = Json.createObjectBuilder()
                .add("subject", subject)
                .add("reason", reason == null ? "" : reason)
                .build()
                .toString();
        return new TransportEvent(TOPIC, json, null);
    }

    /**
     * Reads an order.
     *
     * @param event an event of {@value #TOPIC}
     * @return the order, or {@code null} when the event is not one
     */
    static Order read(TransportEvent event) {
        try (JsonReader reader = Json.createReader(new StringReader(event.json()))) {
            JsonObject order = reader.readObject();
            return new Order(order.getString("subject"), order.getString("reason", ""));
        } catch (JsonException | ClassCastException | NullPointerException notAnOrder) {
            return null;
        }
    }

    static boolean reserved(String topic) {
        return topic.startsWith("$");
    }
}
