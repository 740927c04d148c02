package io.kanava.client;

import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;

import jakarta.websocket.CloseReason;

/** Every failure the client reports itself, each under its stable code. */
final class Messages {

    private Messages() {}

    static KanavaClientException timeout(String action, Duration timeout) {
        return new KanavaClientException(
                KanavaClientException.TIMEOUT,
                "No reply to action '" + action + "' within " + timeout.toMillis() + " ms; a reply arriving later is "
                        + "ignored. Raise the timeout (ClientOptions.callTimeout or the per-call overload) if the "
                        + "action is slow.",
                action,
                null);
    }

    static KanavaClientException notOpen(String action, ConnectionState state) {
        return new KanavaClientException(
                KanavaClientException.DISCONNECTED,
                "Action '" + action + "' was not sent: the client is " + state + " for good (closed, refused by "
                        + "the server, or out of reconnect attempts). Connect a new client.",
                action,
                null);
    }

    static KanavaClientException connectionLost(String action, CloseReason reason) {
        return new KanavaClientException(
                KanavaClientException.DISCONNECTED,
                "The connection closed (" + describe(reason) + ") before action '" + action + "' was answered; "
                        + "the call may or may not have run on the server.",
                action,
                null);
    }

    static KanavaClientException clientClosed(String action) {
        return new KanavaClientException(
                KanavaClientException.DISCONNECTED,
                "The client was closed before action '" + action + "' was answered.",
                action,
                null);
    }

    static KanavaClientException closedWhileConnecting(URI uri) {
        return new KanavaClientException(
                KanavaClientException.DISCONNECTED, "The client was closed while connecting to " + uri, null, null);
    }

    static KanavaClientException notConnected(URI uri, String why) {
        return new KanavaClientException(
                KanavaClientException.DISCONNECTED, "Could not connect to " + uri + ": " + why, null, null);
    }

    static KanavaClientException sendFailed(String action, Throwable cause) {
        return new KanavaClientException(
                KanavaClientException.DISCONNECTED,
                "Action '" + action + "' could not be sent: " + cause.getMessage(),
                action,
                cause);
    }

    static KanavaClientException invalidReply(String action, Type type, Throwable cause) {
        return new KanavaClientException(
                KanavaClientException.INVALID_REPLY,
                "The reply to action '" + action + "' did not bind to " + type.getTypeName() + ": " + cause.getMessage()
                        + ". Check that the reply type matches the action's output type.",
                action,
                cause);
    }

    static KanavaClientException connectFailed(URI uri, Throwable cause) {
        return new KanavaClientException(
                KanavaClientException.DISCONNECTED,
                "Could not connect to " + uri + ": " + rootMessage(cause),
                null,
                cause);
    }

    static KanavaClientException handshakeRefused(URI uri, int httpStatus, Throwable cause) {
        boolean unauthenticated = httpStatus == 401;
        return new KanavaClientException(
                unauthenticated ? KanavaClientException.UNAUTHENTICATED : KanavaClientException.FORBIDDEN,
                "The server refused the handshake to " + uri + " with HTTP " + httpStatus + ". "
                        + (unauthenticated
                                ? "Send credentials, e.g. ClientOptions.builder().header(\"Authorization\", …)."
                                : "Check the credentials' roles and the Origin header the server allows.")
                        + " A refused handshake is not retried.",
                null,
                cause);
    }

    static String describe(CloseReason reason) {
        String phrase = reason.getReasonPhrase();
        return reason.getCloseCode().getCode() + (phrase == null || phrase.isEmpty() ? "" : " " + phrase);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
