package io.kanava.tck.scope;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts destroyed {@link CallTrace} instances, remembers which, and which instance each connection's {@code onConnect}
 * and {@code onDisconnect} saw.
 */
@ApplicationScoped
public class TraceLedger {

    private final AtomicLong destroyed = new AtomicLong();

    private final Set<String> destroyedIds = ConcurrentHashMap.newKeySet();
    private final Map<String, String> lifecycle = new ConcurrentHashMap<>();

    void destroyed(String id) {
        destroyedIds.add(id);
        destroyed.incrementAndGet();
    }

    public boolean wasDestroyed(String id) {
        return destroyedIds.contains(id);
    }

    /** Notes the instance a callback of a connection saw, under {@code "<callback> <connection id>"}. */
    public void saw(String callback, String connection, String id) {
        lifecycle.put(callback + " " + connection, id);
    }

    /** The instance a callback of a connection saw, or {@code ""} when it has not run. */
    public String seenBy(String callback, String connection) {
        return lifecycle.getOrDefault(callback + " " + connection, "");
    }

    public long destroyedCount() {
        return destroyed.get();
    }
}
