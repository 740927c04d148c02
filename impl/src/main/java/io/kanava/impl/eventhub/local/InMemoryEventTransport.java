package io.kanava.impl.eventhub.local;

import io.kanava.spi.EventSink;
import io.kanava.spi.EventTransport;
import io.kanava.spi.TransportEvent;

/**
 * The transport of a single node: a publish is delivered to this node's hub at once, on the publishing thread, so
 * the events of one publisher keep their order.
 */
public final class InMemoryEventTransport implements EventTransport {

    private volatile EventSink sink;

    @Override
    public void start(EventSink sink) {
        this.sink = sink;
    }

    @Override
    public void publish(TransportEvent event) {
        EventSink current = sink;
        if (current == null) {
            throw new IllegalStateException("The in-memory transport is not started");
        }
        current.deliver(event);
    }

    @Override
    public void close() {
        sink = null;
    }
}
