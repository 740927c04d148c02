package io.kanava.client;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;

import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.core.HandshakeException;

/**
 * Opens sessions to one channel URL with Tyrus: offers {@code kanava.v1}, adds the configured handshake headers,
 * bounds the handshake, and tells a refused handshake (HTTP 401/403) from any other failure.
 */
final class TyrusDialer {

    static final String SUBPROTOCOL = "kanava.v1";

    private final URI channel;
    private final ClientEndpointConfig config;
    private final ClientManager container = ClientManager.createClient();

    TyrusDialer(URI channel, ClientOptions options) {
        this.channel = channel;
        this.config = ClientEndpointConfig.Builder.create()
                .preferredSubprotocols(List.of(SUBPROTOCOL))
                .configurator(new HandshakeHeaders(options.headers()))
                .build();
        long handshakeMillis =
                Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis());
        container.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, (int) handshakeMillis);
    }

    /**
     * Opens a session for {@code connection}, blocking for at most the handshake timeout.
     *
     * @throws KanavaClientException {@code unauthenticated} or {@code forbidden} if the server refused the
     *     handshake with HTTP 401 or 403, otherwise {@code disconnected}
     */
    void dial(Connection connection) {
        try {
            container.connectToServer(connection, config, channel);
        } catch (DeploymentException | IOException failure) {
            int status = refusalStatus(failure);
            throw status == 0
                    ? Messages.connectFailed(channel, failure)
                    : Messages.handshakeRefused(channel, status, failure);
        }
    }

    /** Whether a failure of {@link #dial} was a refusal that connecting again would meet too. */
    static boolean isRefusal(KanavaClientException failure) {
        return failure.code().equals(KanavaClientException.UNAUTHENTICATED)
                || failure.code().equals(KanavaClientException.FORBIDDEN);
    }

    private static int refusalStatus(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HandshakeException refused
                    && (refused.getHttpStatusCode() == 401 || refused.getHttpStatusCode() == 403)) {
                return refused.getHttpStatusCode();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return 0;
    }

    /** Adds the configured headers to each handshake request, replacing any default of the same name. */
    private static final class HandshakeHeaders extends ClientEndpointConfig.Configurator {

        private final Map<String, List<String>> headers;

        HandshakeHeaders(Map<String, List<String>> headers) {
            this.headers = headers;
        }

        @Override
        public void beforeRequest(Map<String, List<String>> request) {
            request.putAll(headers);
        }
    }
}
