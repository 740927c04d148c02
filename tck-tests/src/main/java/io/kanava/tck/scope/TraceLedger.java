package io.kanava.tck.scope;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/** Counts destroyed {@link CallTrace} instances. */
@ApplicationScoped
public class TraceLedger {

    private final AtomicLong destroyed = new AtomicLong();

    void destroyed() {
        destroyed.incrementAndGet();
    }

    public long destroyedCount() {
        return destroyed.get();
    }
}
