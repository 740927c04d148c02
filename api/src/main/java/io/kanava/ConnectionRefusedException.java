package io.kanava;

/**
 * Thrown by a channel's {@code onConnect} to refuse a connection: it is closed with 1008 (policy violation) and
 * this exception's message as the close reason (at most 123 bytes of UTF-8 are sent). The connection's
 * {@code onDisconnect} does not run, and none of its calls is handled.
 */
public class ConnectionRefusedException extends KanavaException {

    private static final long serialVersionUID = 1L;

    /** The code of this exception. */
    public static final String CODE = "connection_refused";

    /**
     * Creates the exception.
     *
     * @param reason the close reason the client sees
     */
    public ConnectionRefusedException(String reason) {
        super(CODE, reason);
    }
}
