package io.kanava.impl.routing;

/**
 * The error codes of the {@code kanava.v1} protocol that the runtime itself answers with.
 */
final class ErrorCode {

    static final String BAD_REQUEST = "bad_request";
    static final String UNKNOWN_ACTION = "unknown_action";
    static final String INVALID_DATA = "invalid_data";
    static final String UNAUTHENTICATED = "unauthenticated";
    static final String FORBIDDEN = "forbidden";
    static final String INTERNAL = "internal";

    private ErrorCode() {}
}
