package io.kanava.client;

/**
 * Where a {@link KanavaClient}'s connection stands. A client moves {@code CONNECTING → OPEN}, then between
 * {@code OPEN} and {@code RECONNECTING} as its socket drops and comes back, and ends in {@code CLOSED}, which it
 * never leaves.
 */
public enum ConnectionState {
    /** The first handshake is under way; calls fail with {@code disconnected}. */
    CONNECTING,
    /** The socket is open; calls are sent at once. */
    OPEN,
    /** The socket dropped and the client is waiting to connect again; calls fail with {@code disconnected}. */
    RECONNECTING,
    /**
     * The client was closed, the server refused it, or it gave up reconnecting; it will not connect again and every
     * call fails with {@code disconnected}.
     */
    CLOSED
}
