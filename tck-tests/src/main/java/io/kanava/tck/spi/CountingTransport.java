package io.kanava.tck.spi;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.kanava.spi.EventSink;
import io.kanava.spi.EventTransport;
import io.kanava.spi.TransportEvent;

/** The application's own event transport: one node, counting what it carries. */
@ApplicationScoped
public class CountingTransport implements EventTransport {

    private final AtomicLong carried = new AtomicLong();
    private volatile EventSink sink;

    @Override
    public void start(EventSink sink) {
        this.sink = sink;
    }

    @Override
    public void publish(TransportEvent event) {
        carried.incrementAndGet();
        sink.deliver(event);
    }

    @Override
    public void close() {
        sink = null;
    }

    long carried() {
        return carried.get();
    }
}
