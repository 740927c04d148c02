package io.kanava.client;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;

/**
 * The one writer of a session: frames queue up and are sent one at a time with the asynchronous remote, as
 * JSR-356 forbids concurrent sends on a session. No caller waits for the socket. A send that completes inside
 * {@code sendText} is followed by the next one in the same loop rather than by recursion.
 */
final class FrameWriter implements SendHandler {

    private final RemoteEndpoint.Async remote;
    private final Queue<Outgoing> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private volatile Outgoing inFlight;
    private volatile Thread sendingThread;

    FrameWriter(RemoteEndpoint.Async remote) {
        this.remote = remote;
    }

    /** Queues a frame; {@code onFailure} runs if it could not be written. */
    void write(String text, Consumer<Throwable> onFailure) {
        queue.add(new Outgoing(text, onFailure));
        drain();
    }

    @Override
    public void onResult(SendResult result) {
        Outgoing sent = inFlight;
        inFlight = null;
        writing.set(false);
        if (!result.isOK()) {
            sent.onFailure().accept(result.getException());
        }
        if (sendingThread != Thread.currentThread()) {
            drain();
        }
    }

    private void drain() {
        while (!queue.isEmpty() && writing.compareAndSet(false, true)) {
            Outgoing next = queue.poll();
            if (next == null) {
                writing.set(false);
                continue;
            }
            inFlight = next;
            sendingThread = Thread.currentThread();
            try {
                remote.sendText(next.text(), this);
            } catch (RuntimeException refused) {
                inFlight = null;
                writing.set(false);
                next.onFailure().accept(refused);
            } finally {
                sendingThread = null;
            }
        }
    }

    private record Outgoing(String text, Consumer<Throwable> onFailure) {}
}
