package io.kanava.impl.endpoint;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The connections open in one application, so they can be closed with 1001 when it is undeployed, while CDI is
 * still there for their {@code onDisconnect}.
 */
final class OpenConnections {

    private final Set<WebSocketConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /**
     * Tells whether the application is stopping, when new connections are turned away.
     *
     * @return {@code true} once a drain has begun
     */
    boolean stopping() {
        return stopping;
    }

    void add(WebSocketConnection connection) {
        connections.add(connection);
    }

    void remove(WebSocketConnection connection) {
        connections.remove(connection);
    }

    void forEach(Consumer<WebSocketConnection> action) {
        connections.forEach(action);
    }

    /**
     * Drains the open connections, closing them with a code and reason, gently and in batches.
     *
     * @param drain the pacing
     * @param code the close code
     * @param reason the close reason
     */
    void drain(Drain drain, int code, String reason) throws InterruptedException {
        stopping = true;
        List<WebSocketConnection> snapshot = List.copyOf(connections);
        List<Drain.Member> members = snapshot.stream()
                .map(connection -> (Drain.Member) new Drain.Member() {
                    @Override
                    public boolean busy() {
                        return connection.callsInProgress();
                    }

                    @Override
                    public void closeGently() {
                        connection.close(code, reason);
                    }

                    @Override
                    public void closeNow() {
                        connection.closeNow(code, reason);
                    }
                })
                .toList();
        drain.run(members, () -> snapshot.stream().noneMatch(connections::contains));
    }

    void closeAll(int code, String reason) {
        for (WebSocketConnection connection : connections.toArray(WebSocketConnection[]::new)) {
            connection.closeNow(code, reason);
        }
    }
}
