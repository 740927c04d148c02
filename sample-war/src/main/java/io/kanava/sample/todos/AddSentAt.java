package io.kanava.sample.todos;

import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;

import io.kanava.ChannelMiddleware;
import io.kanava.Connection;
import io.kanava.EventForwarder;
import io.kanava.MiddlewareFor;
import io.kanava.OutgoingEvent;

/**
 * Global middleware of the {@code todos} channel: stamps every outgoing event object with
 * {@code sentAt}, the moment it left the server.
 */
@ApplicationScoped
@MiddlewareFor("todos")
@Priority(100)
public class AddSentAt implements ChannelMiddleware {

    @Override
    public void handle(OutgoingEvent event, Connection connection, EventForwarder next) {
        if (event.data().getValueType() != JsonValue.ValueType.OBJECT) {
            next.forward(event);
            return;
        }
        next.forward(event.withData(Json.createObjectBuilder(event.data().asJsonObject())
                .add("sentAt", Instant.now().toString())
                .build()));
    }
}
