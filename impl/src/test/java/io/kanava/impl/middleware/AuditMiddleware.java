package io.kanava.impl.middleware;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import io.kanava.ChannelMiddleware;
import io.kanava.Connection;
import io.kanava.EventForwarder;
import io.kanava.MiddlewareFor;
import io.kanava.OutgoingEvent;

/** Global middleware of {@code todos} with a low priority: it runs first. */
@ApplicationScoped
@MiddlewareFor({"todos", "chat"})
@Priority(10)
public class AuditMiddleware implements ChannelMiddleware {

    @Override
    public void handle(OutgoingEvent event, Connection connection, EventForwarder next) {
        next.forward(event.withName(event.name() + "+audit"));
    }
}
