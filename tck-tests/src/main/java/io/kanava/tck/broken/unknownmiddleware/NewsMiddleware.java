package io.kanava.tck.broken.unknownmiddleware;

import jakarta.enterprise.context.ApplicationScoped;

import io.kanava.ChannelMiddleware;
import io.kanava.Connection;
import io.kanava.EventForwarder;
import io.kanava.MiddlewareFor;
import io.kanava.OutgoingEvent;

/** Middleware for the channel {@code news}, misspelt: the application's channel is {@code newsroom}. */
@ApplicationScoped
@MiddlewareFor("news")
public class NewsMiddleware implements ChannelMiddleware {

    @Override
    public void handle(OutgoingEvent event, Connection connection, EventForwarder next) {
        next.forward(event);
    }
}
