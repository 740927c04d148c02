package io.kanava.impl.endpoint;

import java.security.Principal;
import java.util.logging.Logger;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

import io.kanava.impl.Messages;
import io.kanava.impl.security.CallerContext;
import io.kanava.impl.security.HandshakeOriginRecorder;

/**
 * The handshake of one channel: refuses a cross-site origin before the upgrade, captures the container roles and
 * the caller's context of the upgrade request, and hands the container a fresh {@link ChannelEndpoint} for each connection.
 */
final class ChannelConfigurator extends ServerEndpointConfig.Configurator {

    private static final Logger LOG = Logger.getLogger(ChannelConfigurator.class.getName());

    private final ChannelRuntime runtime;

    ChannelConfigurator(ChannelRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public boolean checkOrigin(String originHeaderValue) {
        boolean allowed = runtime.originPolicy().allows(originHeaderValue, HandshakeOriginRecorder.take());
        if (!allowed) {
            LOG.info(() -> Messages.originRefused(runtime.name(), originHeaderValue));
        }
        return allowed;
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        super.modifyHandshake(config, request, response);
        Principal principal = request.getUserPrincipal();
        runtime.handshakeRoles()
                .capture(
                        principal,
                        request::isUserInRole,
                        principal == null ? CallerContext.NONE : CallerContext.capture(runtime.contexts()));
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(new ChannelEndpoint(runtime));
    }
}
