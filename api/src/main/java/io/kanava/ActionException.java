package io.kanava;

/**
 * Thrown by an action handler to answer the call with an application error instead of a reply. The client
 * receives an error frame carrying the call's id, this exception's {@link #code() code} and its message:
 *
 * <pre>{@code
 * {"id": "7", "action": "toggle", "error": {"code": "todo_not_found", "message": "No todo 12"}}
 * }</pre>
 *
 * The message is sent to the client as it is, so it must not contain anything the client should not see. The
 * connection stays open. Any other exception a handler throws is answered with the generic {@code internal}
 * error, and its message never reaches the client.
 */
public class ActionException extends KanavaException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an application error.
     *
     * @param code the error code the client sees, for example {@code todo_not_found}; never {@code null}
     * @param message the message the client sees
     */
    public ActionException(String code, String message) {
        super(code, message);
    }

    /**
     * Creates an application error with the cause that led to it. The cause is never sent to the client.
     *
     * @param code the error code the client sees; never {@code null}
     * @param message the message the client sees
     * @param cause the underlying failure, kept for logging
     */
    public ActionException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
