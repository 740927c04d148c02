package io.kanava;

/**
 * A callback on a connection's lifecycle, used for a channel's {@code onConnect} and {@code onDisconnect}.
 *
 * <p>{@code onConnect} runs once when a connection opens, before any of its calls is handled.
 * {@code onDisconnect} runs exactly once for every connection whose {@code onConnect} completed, whether the
 * client closed cleanly, the server closed it, or the client vanished without a close frame. Both run with the
 * CDI request context active. If {@code onConnect} throws, the connection is closed with 1011.
 */
@FunctionalInterface
public interface ConnectionHandler {

    /**
     * Handles a lifecycle step of a connection.
     *
     * @param connection the connection
     * @throws Exception any failure; it is logged with an error id
     */
    void handle(Connection connection) throws Exception;
}
