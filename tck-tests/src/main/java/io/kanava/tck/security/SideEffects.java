package io.kanava.tck.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/** Counts what handlers and callbacks really did, so a test can prove a refused call changed nothing. */
@ApplicationScoped
public class SideEffects {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    void record(String what) {
        counts.computeIfAbsent(what, key -> new AtomicLong()).incrementAndGet();
    }

    long count(String what) {
        AtomicLong count = counts.get(what);
        return count == null ? 0 : count.get();
    }
}
