package io.kanava.tck.calls;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/** Counts how often each handler really ran, so a test can prove a refused call had no side effect. */
@ApplicationScoped
public class CallLedger {

    private final Map<String, AtomicLong> runs = new ConcurrentHashMap<>();

    /**
     * Counts one run.
     *
     * @param action what ran
     */
    public void ran(String action) {
        runs.computeIfAbsent(action, key -> new AtomicLong()).incrementAndGet();
    }

    /**
     * @param action what ran
     * @return how often it ran
     */
    public long runs(String action) {
        AtomicLong count = runs.get(action);
        return count == null ? 0 : count.get();
    }
}
