package io.kanava.impl.endpoint;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import io.kanava.impl.client.ClientFilesServlet;
import io.kanava.impl.handshake.HandshakeCheckFilter;
import io.kanava.impl.security.HandshakeOriginRecorder;

/**
 * Adds the {@link ChannelEndpointRegistrar}, the {@link HandshakeOriginRecorder} its origin checks need, the
 * {@link HandshakeCheckFilter} that runs the application's handshake checks ahead of the container's upgrade, and
 * the {@link ClientFilesServlet} to every web application that carries the Kanava runtime. Registering
 * from a listener, rather than here, is the hook that works on all three servers: on Payara the WebSocket
 * container may not be in the servlet context yet when initializers run.
 */
public class ChannelEndpointInitializer implements ServletContainerInitializer {

    private static final String HANDSHAKE_CHECKS = "kanava-handshake-checks";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.addListener(HandshakeOriginRecorder.class);
        context.addListener(ChannelEndpointRegistrar.class);
        FilterRegistration.Dynamic checks = context.addFilter(HANDSHAKE_CHECKS, HandshakeCheckFilter.class);
        checks.setAsyncSupported(true);
        checks.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        ClientFilesServlet.register(context);
    }
}
