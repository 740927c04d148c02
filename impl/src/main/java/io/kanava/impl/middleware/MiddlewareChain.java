package io.kanava.impl.middleware;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.kanava.ChannelMiddleware;
import io.kanava.Connection;
import io.kanava.EventForwarder;
import io.kanava.OutgoingEvent;
import io.kanava.impl.Messages;

/**
 * The middleware of one channel, global then inline, run for each outgoing event and each connection. A
 * middleware that throws drops that event for that connection; the chain goes on for the next one.
 */
public final class MiddlewareChain {

    private static final Logger LOG = Logger.getLogger(MiddlewareChain.class.getName());

    private final String channel;
    private final List<ChannelMiddleware> links;

    /**
     * Creates a chain.
     *
     * @param channel the channel name, for logs
     * @param links the middleware in the order they run
     */
    public MiddlewareChain(String channel, List<ChannelMiddleware> links) {
        this.channel = channel;
        this.links = List.copyOf(links);
    }

    /**
     * Runs an event through the chain.
     *
     * @param event the event
     * @param connection the connection it is going to
     * @param terminal where forwarded events go after the last middleware
     * @return {@code true} when no middleware failed; a failure is logged (KNV3015) and drops the event
     */
    public boolean dispatch(OutgoingEvent event, Connection connection, EventForwarder terminal) {
        if (links.isEmpty()) {
            terminal.forward(event);
            return true;
        }
        return run(0, event, connection, terminal);
    }

    /**
     * Tells whether the chain has no middleware.
     *
     * @return {@code true} when events pass straight through
     */
    public boolean isEmpty() {
        return links.isEmpty();
    }

    private boolean run(int index, OutgoingEvent event, Connection connection, EventForwarder terminal) {
        if (index == links.size()) {
            terminal.forward(event);
            return true;
        }
        ChannelMiddleware link = links.get(index);
        boolean[] rest = {true};
        try {
            link.handle(event, connection, next -> rest[0] &= run(index + 1, next, connection, terminal));
            return rest[0];
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            LOG.log(Level.WARNING, Messages.middlewareFailed(channel, event.name(), link, connection.id()), e);
            return false;
        }
    }
}
