package io.kanava.impl.routing;

import java.util.List;

/**
 * The error codes of the {@code kanava.v1} protocol that the runtime itself answers with.
 */
public final class ErrorCode {

    static final String BAD_REQUEST = "bad_request";
    static final String UNKNOWN_ACTION = "unknown_action";
    static final String INVALID_DATA = "invalid_data";
    static final String UNAUTHENTICATED = "unauthenticated";
    static final String FORBIDDEN = "forbidden";
    static final String INTERNAL = "internal";
    static final String RATE_LIMITED = "rate_limited";

    /** Every code the runtime answers with, in the README's order; applications may not declare these. */
    public static final List<String> PROTOCOL =
            List.of(BAD_REQUEST, UNKNOWN_ACTION, UNAUTHENTICATED, INVALID_DATA, FORBIDDEN, RATE_LIMITED, INTERNAL);

    private ErrorCode() {}
}
