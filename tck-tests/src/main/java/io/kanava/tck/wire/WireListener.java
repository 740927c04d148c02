package io.kanava.tck.wire;

import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * What a {@link WireClient} hears: every text frame, whole, with when it arrived, and the server's close. A paused
 * listener requests nothing until {@link WireClient#resume()}.
 */
final class WireListener implements WebSocket.Listener {

    /**
     * A text frame and the {@link System#nanoTime()} of its arrival.
     *
     * @param text the frame
     * @param nanoTime when its last part arrived
     */
    record Received(String text, long nanoTime) {}

    final BlockingQueue<Received> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<WireClient.CloseStatus> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    volatile boolean paused;
    volatile long closedAt;

    WireListener(boolean paused) {
        this.paused = paused;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        if (!paused) {
            webSocket.request(1);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(new Received(partial.toString(), System.nanoTime()));
            partial.setLength(0);
        }
        if (!paused) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedAt = System.nanoTime();
        closed.complete(new WireClient.CloseStatus(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }
}
