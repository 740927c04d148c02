package io.kanava.impl.endpoint;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The connections open in one application, so they can be closed with 1001 when it is undeployed, while CDI is
 * still there for their {@code onDisconnect}.
 */
final class OpenConnections {

    private final Set<WebSocketConnection> connections = ConcurrentHashMap.newKeySet();

    void add(WebSocketConnection connection) {
        connections.add(connection);
    }

    void remove(WebSocketConnection connection) {
        connections.remove(connection);
    }

    void forEach(Consumer<WebSocketConnection> action) {
        connections.forEach(action);
    }

    void closeAll(int code, String reason) {
        for (WebSocketConnection connection : connections.toArray(WebSocketConnection[]::new)) {
            connection.closeNow(code, reason);
        }
    }
}
