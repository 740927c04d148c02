package io.kanava.tck.lifecycle;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/** Records how often {@code onConnect} and {@code onDisconnect} ran for each connection. */
@ApplicationScoped
public class ConnectionLedger {

    private final Map<String, int[]> entries = new HashMap<>();

    synchronized void connected(String connection) {
        entries.computeIfAbsent(connection, key -> new int[2])[0]++;
        notifyAll();
    }

    synchronized void disconnected(String connection) {
        entries.computeIfAbsent(connection, key -> new int[2])[1]++;
        notifyAll();
    }

    /** Waits until a connection has seen at least that many disconnects, or the timeout passes. */
    synchronized LedgerEntry await(LedgerQuery query) throws InterruptedException {
        long deadline = System.nanoTime() + query.timeoutMillis() * 1_000_000L;
        while (disconnects(query.connection()) < query.disconnects()) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        int[] counts = entries.getOrDefault(query.connection(), new int[2]);
        return new LedgerEntry(counts[0], counts[1]);
    }

    private int disconnects(String connection) {
        int[] counts = entries.get(connection);
        return counts == null ? 0 : counts[1];
    }
}
