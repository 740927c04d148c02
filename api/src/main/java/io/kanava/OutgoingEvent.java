package io.kanava;

import jakarta.json.JsonValue;

/**
 * An event on its way to one connection, as channel middleware sees it. Immutable: a middleware forwards a changed
 * copy made with {@link #withName(String)} or {@link #withData(JsonValue)}. An event forwarded unchanged keeps the
 * frame the hub encoded once for all subscribers.
 */
public interface OutgoingEvent {

    /**
     * Returns the event's name, the topic it was published on.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the event's data as JSON, parsed at most once per publish and shared by every connection.
     *
     * @return the data
     */
    JsonValue data();

    /**
     * Returns a copy with another name.
     *
     * @param name the new name
     * @return the copy
     */
    OutgoingEvent withName(String name);

    /**
     * Returns a copy with other data.
     *
     * @param data the new data
     * @return the copy
     */
    OutgoingEvent withData(JsonValue data);
}
