package io.kanava.impl.discovery;

import jakarta.enterprise.context.ApplicationScoped;

import io.kanava.ChannelMiddleware;
import io.kanava.Connection;
import io.kanava.EventForwarder;
import io.kanava.MiddlewareFor;
import io.kanava.OutgoingEvent;

/** Global middleware for a channel whose name is misspelt: the application has {@code todos}. */
@ApplicationScoped
@MiddlewareFor("tdos")
public class MisspeltMiddleware implements ChannelMiddleware {

    @Override
    public void handle(OutgoingEvent event, Connection connection, EventForwarder next) {
        next.forward(event);
    }
}
