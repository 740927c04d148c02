package io.kanava.tck.realm;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Captures the caller's identity during the opening handshake, the only moment roles can be asked for: a {@code
 * Session} has a principal but no {@code isUserInRole}. The report is handed to the endpoint through the
 * configuration's user properties.
 */
public class IdentityCapturingConfigurator extends ServerEndpointConfig.Configurator {

    static final String REPORT = IdentityCapturingConfigurator.class.getName() + ".report";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        config.getUserProperties()
                .put(
                        REPORT,
                        IdentityReport.of(
                                request.getUserPrincipal(),
                                request.isUserInRole("admin"),
                                request.isUserInRole("user")));
    }
}
