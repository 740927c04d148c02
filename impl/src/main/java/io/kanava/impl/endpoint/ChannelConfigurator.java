package io.kanava.impl.endpoint;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Hands the container a fresh {@link ChannelEndpoint} for each connection of one channel.
 */
final class ChannelConfigurator extends ServerEndpointConfig.Configurator {

    private final ChannelRuntime runtime;

    ChannelConfigurator(ChannelRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(new ChannelEndpoint(runtime));
    }
}
