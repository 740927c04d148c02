package io.kanava.tck.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.kanava.ActionDefinition;

/** Counts what handlers and callbacks really did, so a test can prove a refused call changed nothing. */
@ApplicationScoped
public class SideEffects {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    /** The open action {@code effects} {@code "what"}, answering how often it happened. */
    ActionDefinition<String, Long> action() {
        return ActionDefinition.<String, Long>builder("effects")
                .input(String.class)
                .output(Long.class)
                .auth(false)
                .handler((what, context) -> count(what))
                .build();
    }

    void record(String what) {
        counts.computeIfAbsent(what, key -> new AtomicLong()).incrementAndGet();
    }

    long count(String what) {
        AtomicLong count = counts.get(what);
        return count == null ? 0 : count.get();
    }
}
