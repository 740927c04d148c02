package io.kanava.client;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * A todo channel speaking {@code kanava.v1} on a {@link LoopbackServer}, with what the tests need to watch and
 * steer it: handshake, connection and login counts, the close codes it saw, and a switch that refuses handshakes with 403.
 */
final class TodoChannelServer implements AutoCloseable {

    static final String PATH = "/channels/todos";

    final AtomicInteger handshakes = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger logins = new AtomicInteger();
    final AtomicInteger lateReplies = new AtomicInteger();
    final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
    final List<String> subprotocols = new CopyOnWriteArrayList<>();
    final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor();
    volatile boolean refusing;
    private volatile LoopbackServer server;
    private volatile int port;

    private TodoChannelServer() {}

    static TodoChannelServer start() throws IOException, DeploymentException {
        TodoChannelServer channel = new TodoChannelServer();
        channel.listen(0);
        return channel;
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + port + PATH);
    }

    int port() {
        return port;
    }

    /** Stops listening (open connections drop); {@link #listen} brings it back on the same port. */
    void stop() {
        server.close();
    }

    void listen(int onPort) throws IOException, DeploymentException {
        server = LoopbackServer.start(onPort, endpoint());
        port = server.port();
    }

    @Override
    public void close() {
        server.close();
        delays.shutdownNow();
    }

    private ServerEndpointConfig endpoint() {
        return ServerEndpointConfig.Builder.create(TodoChannelEndpoint.class, PATH)
                .subprotocols(List.of("kanava.v1"))
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(new TodoChannelEndpoint(TodoChannelServer.this));
                    }

                    @Override
                    public boolean checkOrigin(String origin) {
                        handshakes.incrementAndGet();
                        return !refusing;
                    }
                })
                .build();
    }
}
