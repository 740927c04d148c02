package io.kanava.client;

import java.util.List;
import java.util.Optional;

/**
 * Why a call, or connecting, failed. Calls complete exceptionally with this exception (wrapped in a
 * {@link java.util.concurrent.CompletionException} when read through {@code join()}); the {@code …AndAwait}
 * methods throw it as is.
 *
 * <p>The {@link #code()} is stable and is what code should test. It is either the code of the server's error
 * frame ({@code bad_request}, {@code unknown_action}, {@code unauthenticated}, {@code forbidden},
 * {@code invalid_data}, {@code rate_limited}, {@code internal}, or an application code) or one of the client's
 * own: {@link #TIMEOUT}, {@link #DISCONNECTED}, {@link #INVALID_REPLY}. A handshake the server refused with HTTP
 * 401 or 403 fails with {@link #UNAUTHENTICATED} or {@link #FORBIDDEN}.
 */
public class KanavaClientException extends RuntimeException {

    /** No reply came within the call's timeout; a reply that arrives later is ignored. */
    public static final String TIMEOUT = "timeout";

    /**
     * The call was not answered because the client was not connected: the call was made while the client was not
     * {@link ConnectionState#OPEN}, the socket dropped or the client was closed while the call was pending, or the
     * client could not connect.
     */
    public static final String DISCONNECTED = "disconnected";

    /** The reply's data did not bind to the type the caller asked for. */
    public static final String INVALID_REPLY = "invalid_reply";

    /** The server refused the caller's identity: an error frame, or a handshake refused with HTTP 401. */
    public static final String UNAUTHENTICATED = "unauthenticated";

    /** The server refused the call or the connection: an error frame, or a handshake refused with HTTP 403. */
    public static final String FORBIDDEN = "forbidden";

    private static final long serialVersionUID = 1L;

    /** The stable code. */
    private final String code;

    /** The failed call's action; null when connecting failed. */
    private final String action;

    /** The server's error id; null if it sent none. */
    private final String errorId;

    /** The broken constraints the server listed; empty if none. */
    private final List<Violation> violations;

    KanavaClientException(String code, String message, String action, String errorId, List<Violation> violations) {
        super(message);
        this.code = code;
        this.action = action;
        this.errorId = errorId;
        this.violations = List.copyOf(violations);
    }

    KanavaClientException(String code, String message, String action, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.action = action;
        this.errorId = null;
        this.violations = List.of();
    }

    /**
     * The stable code of the failure, e.g. {@code forbidden} or {@code timeout}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The action whose call failed; empty when connecting failed.
     *
     * @return the action name, if a call failed
     */
    public Optional<String> action() {
        return Optional.ofNullable(action);
    }

    /**
     * The identifier the server logged an {@code internal} failure under, to quote when reporting it.
     *
     * @return the error id, if the server sent one
     */
    public Optional<String> errorId() {
        return Optional.ofNullable(errorId);
    }

    /**
     * The constraints an {@code invalid_data} call broke, as the server listed them.
     *
     * @return the violations; empty if the server sent none
     */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String toString() {
        return getClass().getName() + ": [" + code + "]" + (action == null ? "" : " action '" + action + "':") + " "
                + getMessage() + (errorId == null ? "" : " (errorId " + errorId + ")");
    }
}
