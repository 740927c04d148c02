package io.kanava.impl.sending;

import java.util.function.Consumer;

/**
 * Where a connection's writer puts its frames: the WebSocket session's asynchronous remote. The writer never has
 * more than one write outstanding.
 */
@FunctionalInterface
public interface FrameSink {

    /**
     * Starts writing one text frame.
     *
     * @param text the frame
     * @param done called once when the write ends, with {@code null} on success or the failure; it may be called
     *     before this method returns
     */
    void write(String text, Consumer<Throwable> done);
}
