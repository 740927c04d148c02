package io.kanava;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * One client's WebSocket connection to a channel.
 *
 * <p>All methods are thread-safe: any thread may send to a connection. Frames leave in the order they were
 * accepted, through the connection's single writer and its bounded outgoing queue.
 */
public interface Connection {

    /** The close code of a normal closure. */
    int NORMAL_CLOSURE = 1000;

    /** The close code of a connection closed by policy, for example by {@link EventHub#disconnect(String, String)}. */
    int POLICY_VIOLATION = 1008;

    /**
     * Returns the connection's id, unique across the application's nodes.
     *
     * @return the id, never {@code null}
     */
    String id();

    /**
     * Returns the name of the channel this connection belongs to.
     *
     * @return the channel name
     */
    String channel();

    /**
     * Returns the values of the route's URI-template parameters, for example {@code room} of
     * {@code /rooms/{room}}.
     *
     * @return an unmodifiable map from parameter name to value; empty for a route without parameters
     */
    Map<String, String> pathParameters();

    /**
     * Returns one path parameter.
     *
     * @param name the parameter name as written in the route template
     * @return the value, or empty when the route has no such parameter
     */
    default Optional<String> pathParameter(String name) {
        return Optional.ofNullable(pathParameters().get(name));
    }

    /**
     * Returns the query parameters of the upgrade request, decoded as UTF-8, in the order they appeared.
     *
     * @return an unmodifiable map from parameter name to its values
     */
    Map<String, List<String>> queryParameters();

    /**
     * Returns the first value of a query parameter.
     *
     * @param name the parameter name
     * @return the first value, or empty when the parameter is absent
     */
    default Optional<String> queryParameter(String name) {
        List<String> values = queryParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Returns the container identity of the upgrade request.
     *
     * @return the principal, or empty when the upgrade request was anonymous
     */
    Optional<Principal> principal();

    /**
     * Returns the in-band session, if a handler started one.
     *
     * @return the session, or empty
     */
    Optional<UserSession> session();

    /**
     * Establishes an in-band identity on this connection, replacing any earlier session. Later calls see it: it
     * satisfies the auth gate, and its roles are the ones {@link #hasRole(String)} checks.
     *
     * @param session the session
     */
    void startSession(UserSession session);

    /**
     * Clears the in-band session (logout). The connection falls back to its container identity, if any.
     */
    void endSession();

    /**
     * Tells whether the connection has an identity: a container principal from the upgrade request, or an
     * in-band session.
     *
     * @return {@code true} when calls on this connection count as authenticated
     */
    default boolean isAuthenticated() {
        return session().isPresent() || principal().isPresent();
    }

    /**
     * Returns the name of the connection's identity: the in-band session's subject when there is one, else the
     * container principal's name.
     *
     * @return the name, or empty for an anonymous connection
     */
    default Optional<String> subject() {
        return session().map(UserSession::subject).or(() -> principal().map(Principal::getName));
    }

    /**
     * Tells whether the connection's identity holds a role. With an in-band session, the session's roles count;
     * otherwise the container roles captured at the handshake, which covers every role named by a
     * {@link Permission#role(String) role permission} or by {@link ChannelDefinitionBuilder#roles(String...)}
     * of any channel ({@code HandshakeRequest.isUserInRole} is the only portable role check, and it exists only
     * during the handshake).
     *
     * @param role the role name
     * @return {@code true} if the identity holds the role
     */
    boolean hasRole(String role);

    /**
     * Pushes an event to this connection alone, as {@code {"event": event, "data": data}}. The data is
     * serialised with JSON-B.
     *
     * @param event the event name
     * @param data the event's data, possibly {@code null}
     * @return a stage that completes when the frame has been written, or completes exceptionally when the
     *     connection is closed or its outgoing queue is full
     */
    CompletionStage<Void> send(String event, Object data);

    /**
     * Pushes an event to this connection and waits until it has been written.
     *
     * @param event the event name
     * @param data the event's data, possibly {@code null}
     * @throws KanavaException when the frame could not be written
     */
    default void sendAndAwait(String event, Object data) {
        try {
            send(event, data).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof KanavaException kanava) {
                throw kanava;
            }
            throw new KanavaException("KNV3001", "Sending event '" + event + "' to connection " + id() + " failed", e);
        }
    }

    /**
     * Closes the connection with a close code and a reason. Closing a closed connection does nothing.
     *
     * @param code the WebSocket close code, for example 1000 or 1008
     * @param reason the reason sent to the client, at most 123 bytes of UTF-8
     */
    void close(int code, String reason);

    /**
     * Closes the connection normally (1000).
     */
    default void close() {
        close(NORMAL_CLOSURE, "");
    }

    /**
     * Tells whether the connection is still open.
     *
     * @return {@code true} until the connection closes
     */
    boolean isOpen();

    /**
     * Returns the connection's attributes: a live, thread-safe map the application may use to keep state for the
     * lifetime of the connection. It does not accept {@code null} keys or values.
     *
     * @return the attributes, never {@code null}
     */
    Map<String, Object> attributes();
}
