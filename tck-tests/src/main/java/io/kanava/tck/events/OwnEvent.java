package io.kanava.tck.events;

import jakarta.json.JsonValue;

import io.kanava.OutgoingEvent;

/**
 * An application's own {@link OutgoingEvent}, which a middleware may forward in place of the one it was given.
 *
 * @param name the event's name
 * @param data its data
 */
public record OwnEvent(String name, JsonValue data) implements OutgoingEvent {

    @Override
    public OutgoingEvent withName(String newName) {
        return new OwnEvent(newName, data);
    }

    @Override
    public OutgoingEvent withData(JsonValue newData) {
        return new OwnEvent(name, newData);
    }
}
