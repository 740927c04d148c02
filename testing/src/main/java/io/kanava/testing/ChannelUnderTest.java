package io.kanava.testing;

import java.util.Optional;
import java.util.Set;

import io.kanava.ChannelDefinition;
import io.kanava.ConnectionHandler;
import io.kanava.ConnectionRefusedException;
import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.codec.FrameEncoder;
import io.kanava.impl.eventhub.KanavaEventHub;
import io.kanava.impl.middleware.MiddlewareChain;
import io.kanava.impl.routing.ActionRouter;
import io.kanava.spi.PayloadCodec;

/**
 * A channel running in the test's JVM: connections to it run its {@code onConnect} and {@code onDisconnect}, and
 * their calls go through the router Kanava builds for it on a server. A callback that fails (other than
 * {@code onConnect} refusing) fails the test with an {@link AssertionError} carrying the cause.
 */
public final class ChannelUnderTest {

    /** The close code of a connection {@code onConnect} refused, as on a server. */
    public static final int REFUSED = 1008;

    private final ChannelDefinition definition;
    private final ActionRouter router;
    private final PayloadCodec codec;
    private final KanavaEventHub hub;
    private final MiddlewareChain middleware;
    private final Set<TestConnection> connections;
    private final FrameDecoder decoder = new FrameDecoder();
    private final FrameEncoder encoder = new FrameEncoder();

    ChannelUnderTest(
            ChannelDefinition definition,
            ActionRouter router,
            PayloadCodec codec,
            KanavaEventHub hub,
            MiddlewareChain middleware,
            Set<TestConnection> connections) {
        this.definition = definition;
        this.router = router;
        this.codec = codec;
        this.hub = hub;
        this.middleware = middleware;
        this.connections = connections;
    }

    /**
     * Opens an anonymous connection.
     *
     * @return the connection, open unless {@code onConnect} refused it
     */
    public TestConnection connect() {
        return connect(Opening.anonymous());
    }

    /**
     * Opens a connection with a container identity.
     *
     * @param subject the principal's name
     * @param roles the roles it holds
     * @return the connection, open unless {@code onConnect} refused it
     */
    public TestConnection connectAs(String subject, String... roles) {
        return connect(Opening.as(subject, roles));
    }

    /**
     * Opens a connection.
     *
     * @param opening its identity, path parameters and query
     * @return the connection, open unless {@code onConnect} refused it ({@link TestConnection#closeCode()} is then
     *     {@link #REFUSED})
     */
    public TestConnection connect(Opening opening) {
        TestConnection connection = new TestConnection(this, opening);
        connections.add(connection);
        Optional<ConnectionHandler> onConnect = definition.onConnect();
        if (onConnect.isPresent()) {
            try {
                onConnect.get().handle(connection);
            } catch (ConnectionRefusedException refused) {
                connections.remove(connection);
                hub.closed(connection);
                connection.refused(REFUSED, refused.getMessage());
            } catch (Exception e) {
                throw new AssertionError(
                        "onConnect of channel '" + definition.name() + "' failed; on a server the "
                                + "connection would be closed with 1011",
                        e);
            }
        }
        return connection;
    }

    /**
     * Returns the definition under test.
     *
     * @return the definition
     */
    public ChannelDefinition definition() {
        return definition;
    }

    void disconnected(TestConnection connection) {
        connections.remove(connection);
        hub.closed(connection);
        Optional<ConnectionHandler> onDisconnect = definition.onDisconnect();
        if (onDisconnect.isPresent()) {
            try {
                onDisconnect.get().handle(connection);
            } catch (Exception e) {
                throw new AssertionError("onDisconnect of channel '" + definition.name() + "' failed", e);
            }
        }
    }

    ActionRouter router() {
        return router;
    }

    PayloadCodec codec() {
        return codec;
    }

    MiddlewareChain middleware() {
        return middleware;
    }

    FrameDecoder decoder() {
        return decoder;
    }

    FrameEncoder encoder() {
        return encoder;
    }
}
