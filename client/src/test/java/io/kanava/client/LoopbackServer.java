package io.kanava.client;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;

import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.ServerContainer;
import org.glassfish.tyrus.spi.WebSocketEngine;

/**
 * A Tyrus WebSocket server that listens on 127.0.0.1 only: a Grizzly listener bound to loopback carrying Tyrus's
 * WebSocket add-on (Tyrus's own standalone server binds 0.0.0.0 whatever host it is given).
 */
final class LoopbackServer implements AutoCloseable {

    private final HttpServer http = new HttpServer();
    private final LoopbackContainer container = new LoopbackContainer();
    private final NetworkListener listener;

    private LoopbackServer(int port) {
        listener = new NetworkListener("kanava-client-test", "127.0.0.1", port);
        listener.getTransport().setIOStrategy(WorkerThreadIOStrategy.getInstance());
        listener.getKeepAlive().setIdleTimeoutInSeconds(-1);
        listener.registerAddOn(tyrusAddOn(container));
        http.addListener(listener);
    }

    /**
     * Starts a server with the given endpoints.
     *
     * @param port the port, or 0 for a free one
     */
    static LoopbackServer start(int port, ServerEndpointConfig... endpoints) throws IOException, DeploymentException {
        LoopbackServer server = new LoopbackServer(port);
        for (ServerEndpointConfig endpoint : endpoints) {
            server.container.register(endpoint);
        }
        server.http.start();
        return server;
    }

    int port() {
        return listener.getPort();
    }

    URI uri(String path) {
        return URI.create("ws://127.0.0.1:" + port() + path);
    }

    @Override
    public void close() {
        http.shutdownNow();
        container.stop();
    }

    /**
     * Tyrus's add-on that puts its upgrade filter into a Grizzly listener. Its constructor is package-private (only
     * Tyrus's own server, which binds 0.0.0.0, makes one), so a test opens it by reflection; the module runs on the
     * class path.
     */
    private static AddOn tyrusAddOn(ServerContainer container) {
        try {
            Constructor<WebSocketAddOn> constructor =
                    WebSocketAddOn.class.getDeclaredConstructor(ServerContainer.class, String.class);
            constructor.setAccessible(true);
            return constructor.newInstance(container, "");
        } catch (ReflectiveOperationException changed) {
            throw new IllegalStateException("Tyrus's WebSocketAddOn changed; LoopbackServer needs updating", changed);
        }
    }

    /** Tyrus's server container without a server of its own: the Grizzly listener above carries it. */
    private static final class LoopbackContainer extends TyrusServerContainer {

        private final WebSocketEngine engine =
                TyrusWebSocketEngine.builder(this).build();
        private final Map<String, Object> properties = new ConcurrentHashMap<>();

        LoopbackContainer() {
            super((Set<Class<?>>) null);
        }

        @Override
        public void register(Class<?> endpointClass) throws DeploymentException {
            engine.register(endpointClass, "");
        }

        @Override
        public void register(ServerEndpointConfig serverEndpointConfig) throws DeploymentException {
            engine.register(serverEndpointConfig, "");
        }

        @Override
        public WebSocketEngine getWebSocketEngine() {
            return engine;
        }

        @Override
        public Map<String, Object> getProperties() {
            return properties;
        }
    }
}
