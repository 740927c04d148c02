package io.kanava.impl.endpoint;

/**
 * The WebSocket close codes Kanava closes connections with, as the protocol guide's table lists them
 * (docs/protocol.md), each with its reason where Kanava words it.
 */
final class CloseCodes {

    /**
     * The application is stopping (undeploy, server shutdown), or the client answered nothing, not even a ping, for
     * the liveness timeout.
     */
    static final int GOING_AWAY = 1001;

    /** The client sent a binary message, which {@code kanava.v1} does not use. */
    static final int UNSUPPORTED_DATA = 1003;

    /** A message was larger than the channel's bound. */
    static final int TOO_BIG = 1009;

    /** {@code onConnect} refused the connection (the reason is the application's), or the client kept calling far
     * beyond its call rate. */
    static final int POLICY_VIOLATION = 1008;

    /**
     * {@code onConnect} failed unexpectedly (the log has the stack trace under an error id), or writing to the
     * connection failed (KNV3007).
     */
    static final int INTERNAL_ERROR = 1011;

    /** The client reads too slowly for its outgoing queue under the {@code CLOSE} policy. */
    static final int TRY_AGAIN_LATER = 1013;

    static final String APPLICATION_STOPPED = "Application stopped";
    static final String INTERNAL_ERROR_REASON = "Internal error";
    static final String READS_TOO_SLOWLY = "Client reads too slowly";
    static final String TOO_MANY_CALLS = "Too many calls; slow down";
    static final String SILENT = "No answer to pings";
    static final String WRITE_FAILED = "Writing to the connection failed";
    static final String CHANNEL_FULL = "The channel has too many connections; try again later";
    static final String PRINCIPAL_FULL = "Too many connections of this user to the channel";
    static final String BINARY_REFUSED = "Binary messages are not part of kanava.v1";

    static String tooBig(int maxBytes) {
        return "Message larger than " + maxBytes + " bytes";
    }

    private CloseCodes() {}
}
