package io.kanava;

import java.util.Objects;

/**
 * The root of every exception Kanava throws. Each one carries a stable {@link #code() code}: a {@code KNVnnnn}
 * code for a library error (listed in the README), or an application error code for an {@link ActionException}.
 * Tests and log searches should match the code, never the message text.
 */
public class KanavaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * Creates an exception with a code and a message.
     *
     * @param code the stable code, never {@code null}
     * @param message what went wrong, where, and how to fix it when known
     */
    public KanavaException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception with a code, a message and a cause.
     *
     * @param code the stable code, never {@code null}
     * @param message what went wrong, where, and how to fix it when known
     * @param cause the underlying failure
     */
    public KanavaException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Returns the stable code of this failure.
     *
     * @return the code, never {@code null}
     */
    public String code() {
        return code;
    }
}
