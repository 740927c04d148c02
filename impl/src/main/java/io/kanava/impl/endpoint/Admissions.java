package io.kanava.impl.endpoint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts one channel's open connections, in all and per authenticated principal, and admits a new one only within
 * both bounds. Every admitted connection is released exactly once when it ends.
 */
final class Admissions {

    /** Whether a connection may stay open. */
    enum Admission {
        ADMITTED,
        CHANNEL_FULL,
        PRINCIPAL_FULL
    }

    private final int maxConnections;
    private final int maxPerPrincipal;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicBoolean warned = new AtomicBoolean();
    private final Map<String, Integer> byPrincipal = new ConcurrentHashMap<>();

    Admissions(int maxConnections, int maxPerPrincipal) {
        this.maxConnections = maxConnections;
        this.maxPerPrincipal = maxPerPrincipal;
    }

    /**
     * Counts a new connection if both bounds allow it.
     *
     * @param principal the name of its authenticated principal, or {@code null} when anonymous
     * @return whether it is admitted; only an admitted one is counted and must be released
     */
    Admission admit(String principal) {
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            return Admission.CHANNEL_FULL;
        }
        if (principal != null) {
            boolean[] full = {false};
            byPrincipal.compute(principal, (name, count) -> {
                int now = count == null ? 0 : count;
                full[0] = now >= maxPerPrincipal;
                return full[0] ? count : Integer.valueOf(now + 1);
            });
            if (full[0]) {
                open.decrementAndGet();
                return Admission.PRINCIPAL_FULL;
            }
        }
        return Admission.ADMITTED;
    }

    /**
     * Uncounts an admitted connection that has ended.
     *
     * @param principal the name it was admitted with
     */
    void release(String principal) {
        open.decrementAndGet();
        if (principal != null) {
            byPrincipal.computeIfPresent(principal, (name, count) -> count <= 1 ? null : count - 1);
        }
    }

    /**
     * Tells whether this is the first time the channel was found full, which is worth a warning; later times are not.
     *
     * @return {@code true} once
     */
    boolean firstTimeFull() {
        return warned.compareAndSet(false, true);
    }

    /** How many connections are open now. */
    int open() {
        return open.get();
    }

    /** The maximum of connections, for messages. */
    int maxConnections() {
        return maxConnections;
    }

    /** The maximum per principal, for messages. */
    int maxPerPrincipal() {
        return maxPerPrincipal;
    }
}
