package io.kanava.benchmarks.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One of the load generator's WebSocket connections: sends one frame after another (the JDK client takes one send at
 * a time) and hands every text frame it receives, whole, to a consumer on the client's reading thread.
 */
final class LoadConnection implements WebSocket.Listener {

    private final Consumer<String> received;
    private final StringBuilder partial = new StringBuilder();
    private CompletableFuture<WebSocket> sending;
    private WebSocket socket;

    private LoadConnection(Consumer<String> received) {
        this.received = received;
    }

    /**
     * Opens a connection.
     *
     * @param http the client all connections share
     * @param uri the endpoint
     * @param received given every text frame
     * @return the open connection
     * @throws Exception when the handshake fails or takes over 30 s
     */
    static LoadConnection open(HttpClient http, URI uri, Consumer<String> received) throws Exception {
        LoadConnection connection = new LoadConnection(received);
        WebSocket socket = http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .buildAsync(uri, connection)
                .get(30, TimeUnit.SECONDS);
        synchronized (connection) {
            connection.socket = socket;
            connection.sending = CompletableFuture.completedFuture(socket);
        }
        return connection;
    }

    /**
     * Sends a frame after those sent before it.
     *
     * @param text the frame
     */
    synchronized void send(String text) {
        sending = sending.thenCompose(open -> open.sendText(text, true));
    }

    /** Closes without waiting for the server's answer. */
    void close() {
        WebSocket open;
        synchronized (this) {
            open = socket;
        }
        if (open != null && !open.isOutputClosed()) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "done")
                    .orTimeout(10, TimeUnit.SECONDS)
                    .whenComplete((closed, failure) -> open.abort());
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (last && partial.isEmpty()) {
            received.accept(data.toString());
        } else {
            partial.append(data);
            if (last) {
                received.accept(partial.toString());
                partial.setLength(0);
            }
        }
        return null;
    }
}
