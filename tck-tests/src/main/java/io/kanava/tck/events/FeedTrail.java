package io.kanava.tck.events;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import io.kanava.ChannelMiddleware;
import io.kanava.Connection;
import io.kanava.EventForwarder;
import io.kanava.MiddlewareFor;
import io.kanava.OutgoingEvent;

/** Global middleware of {@code feed}: it adds {@code "global"} to the event's trail, before the inline middleware. */
@ApplicationScoped
@MiddlewareFor("feed")
@Priority(100)
public class FeedTrail implements ChannelMiddleware {

    @Override
    public void handle(OutgoingEvent event, Connection connection, EventForwarder next) {
        next.forward(event.withData(NewsChannels.trail(event.data().asJsonObject(), "global")));
    }
}
