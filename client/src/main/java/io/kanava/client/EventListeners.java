package io.kanava.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;

/**
 * The client's event listeners by event name. They belong to the client, not to a connection, so they outlive
 * reconnects. Each listener binds the event's data to its own type on the callback thread.
 */
final class EventListeners {

    private static final Logger LOG = Logger.getLogger(EventListeners.class.getName());

    private final Map<String, Listeners<JsonValue>> byEvent = new ConcurrentHashMap<>();
    private final JsonFrames frames;
    private final Executor callbacks;

    EventListeners(JsonFrames frames, Executor callbacks) {
        this.frames = frames;
        this.callbacks = callbacks;
    }

    <T> Subscription add(String event, TypeRef<T> type, Consumer<? super T> listener) {
        return byEvent.computeIfAbsent(event, name -> new Listeners<>()).add(data -> {
            T bound;
            try {
                bound = bind(data, type);
            } catch (JsonbException invalid) {
                LOG.log(
                        Level.WARNING,
                        invalid,
                        () -> "Skipped event '" + event + "' for a listener: its data " + data + " does not bind to "
                                + type);
                return;
            }
            listener.accept(bound);
        });
    }

    /** Hands an event frame's data to the event's listeners on the callback thread. */
    void dispatch(String event, JsonValue data) {
        Listeners<JsonValue> listeners = byEvent.get(event);
        if (listeners == null || listeners.isEmpty()) {
            LOG.fine(() -> "No listener for event '" + event + "'");
            return;
        }
        callbacks.execute(() -> listeners.deliver(data));
    }

    @SuppressWarnings("unchecked") // JSON-B returns an instance of the requested type
    private <T> T bind(JsonValue data, TypeRef<T> type) {
        return (T) frames.bind(data, type.type());
    }
}
