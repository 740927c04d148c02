package io.kanava.impl.endpoint;

import java.util.Set;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import io.kanava.impl.client.ClientFilesServlet;
import io.kanava.impl.security.HandshakeOriginRecorder;

/**
 * Adds the {@link ChannelEndpointRegistrar}, the {@link HandshakeOriginRecorder} its origin checks need, and the
 * {@link ClientFilesServlet} to every web application that carries the Kanava runtime. Registering
 * from a listener, rather than here, is the hook that works on all three servers: on Payara the WebSocket
 * container may not be in the servlet context yet when initializers run.
 */
public class ChannelEndpointInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.addListener(HandshakeOriginRecorder.class);
        context.addListener(ChannelEndpointRegistrar.class);
        ClientFilesServlet.register(context);
    }
}
