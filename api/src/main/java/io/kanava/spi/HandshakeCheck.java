package io.kanava.spi;

/**
 * Looks at a connection's upgrade request before the connection opens, and lets it proceed, refuses it with an
 * HTTP status, or gives it an identity (a bearer token in a query parameter, a cookie or
 * {@code Sec-WebSocket-Protocol}), so that token-based applications need no servlet filter of their own.
 *
 * <p>Checks are CDI beans of the application. Kanava runs them for every upgrade request to one of its channels,
 * in the order of their {@code @jakarta.annotation.Priority} (lowest first; a check without one runs
 * after those with one), until one refuses or identifies; when all proceed, the request goes on as the container
 * authenticated it. A check that throws refuses the request with HTTP 500, logged with code KNV3036.
 *
 * <pre>{@code
 * @ApplicationScoped
 * @Priority(100)
 * public class BearerTokens implements HandshakeCheck {
 *     public HandshakeVerdict check(Handshake handshake) {
 *         return handshake.queryParameter("access_token")
 *                 .map(token -> verify(token))               // your token verification
 *                 .map(user -> HandshakeVerdict.identify(user.name(), user.roles()))
 *                 .orElse(HandshakeVerdict.refuse(401, "A token is required"));
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface HandshakeCheck {

    /**
     * Decides about one upgrade request. Called on the container's thread of the request, concurrently for
     * concurrent requests.
     *
     * @param handshake the request
     * @return what becomes of it, never {@code null}
     */
    HandshakeVerdict check(Handshake handshake);
}
