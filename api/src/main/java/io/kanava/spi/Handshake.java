package io.kanava.spi;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The upgrade request of a connection to a channel, as a {@link HandshakeCheck} sees it before the connection
 * opens: its headers, cookies and query, the subprotocols it asks for, and the container identity it carries.
 */
public interface Handshake {

    /**
     * Returns the name of the channel the request would connect to.
     *
     * @return the channel's name
     */
    String channel();

    /**
     * Returns the request's path inside the application, such as {@code /rooms/lobby}.
     *
     * @return the path
     */
    String path();

    /**
     * Returns every value of a header.
     *
     * @param name the header's name, in any case
     * @return its values in the order they came, empty when the request has none
     */
    List<String> headers(String name);

    /**
     * Returns the first value of a header.
     *
     * @param name the header's name, in any case
     * @return its first value
     */
    default Optional<String> header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Returns the value of a cookie.
     *
     * @param name the cookie's name
     * @return its value
     */
    Optional<String> cookie(String name);

    /**
     * Returns the query parameters, each with its values in order.
     *
     * @return the parameters, decoded
     */
    Map<String, List<String>> queryParameters();

    /**
     * Returns the first value of a query parameter.
     *
     * @param name the parameter's name
     * @return its first value
     */
    default Optional<String> queryParameter(String name) {
        List<String> values = queryParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Returns the subprotocols the client asks for ({@code Sec-WebSocket-Protocol}), in order. A browser can
     * carry a token only here or in the query.
     *
     * @return the subprotocols
     */
    List<String> subprotocols();

    /**
     * Returns the identity the container authenticated the request with.
     *
     * @return the principal, empty for an anonymous request
     */
    Optional<Principal> principal();

    /**
     * Tells whether the container's identity holds a role.
     *
     * @param role the role
     * @return {@code true} when it does
     */
    boolean isUserInRole(String role);
}
