package io.kanava.impl.endpoint;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import io.kanava.ConnectionHandler;
import io.kanava.ConnectionRefusedException;
import io.kanava.impl.Messages;
import io.kanava.impl.codec.InboundFrame;
import io.kanava.impl.context.RequestScope;

/**
 * The JSR-356 endpoint of one connection to a channel: it runs {@code onConnect}, answers each frame through the
 * channel's router, and runs {@code onDisconnect} exactly once however the connection ends.
 */
public final class ChannelEndpoint extends Endpoint {

    private static final Logger LOG = Logger.getLogger(ChannelEndpoint.class.getName());

    private final ChannelRuntime runtime;
    private final AtomicBoolean disconnected = new AtomicBoolean();
    private volatile WebSocketConnection connection;
    private volatile RequestScope lifecycleScope;
    private volatile RequestScope frameScope;
    private volatile boolean connected;
    private volatile CallSequencer calls;

    ChannelEndpoint(ChannelRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        connection = new WebSocketConnection(session, runtime, this::disconnect);
        lifecycleScope = runtime.requestScope();
        runtime.connections().add(connection);
        Outcome connect = runCallback("onConnect", runtime.definition().onConnect());
        if (connect != Outcome.DONE) {
            if (connect == Outcome.FAILED) {
                connection.closeNow(CloseCodes.INTERNAL_ERROR, CloseCodes.INTERNAL_ERROR_REASON);
            }
            return;
        }
        frameScope = runtime.requestScope();
        calls = new CallSequencer(
                frame -> connection
                        .callerContext()
                        .call(() -> frameScope.call(() -> runtime.router().route(frame, connection))),
                answer -> connection.reply(runtime.encoder().encode(answer)),
                frame -> runtime.router().refuseBusy(frame, CallSequencer.MAX_WAITING),
                runtime.resumer(),
                runtime.definition().maxPendingCalls(),
                CallSequencer.MAX_WAITING);
        connected = true;
        session.addMessageHandler(InboundFrame.class, (MessageHandler.Whole<InboundFrame>) calls::arrived);
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        disconnect();
    }

    @Override
    public void onError(Session session, Throwable failure) {
        LOG.log(Level.FINE, failure, () -> "WebSocket error on " + connection);
        if (!session.isOpen()) {
            disconnect();
        }
    }

    private void disconnect() {
        WebSocketConnection closing = connection;
        if (closing == null || !disconnected.compareAndSet(false, true)) {
            return;
        }
        closing.markClosed();
        runtime.connections().remove(closing);
        runtime.hub().closed(closing);
        if (connected) {
            calls.close();
            runCallback("onDisconnect", runtime.definition().onDisconnect());
            frameScope.close();
        }
        lifecycleScope.close();
    }

    private Outcome runCallback(String name, Optional<ConnectionHandler> callback) {
        if (callback.isEmpty()) {
            return Outcome.DONE;
        }
        return lifecycleScope.call(() -> {
            try {
                callback.get().handle(connection);
                return Outcome.DONE;
            } catch (ConnectionRefusedException refused) {
                LOG.fine(() -> Messages.connectionRefused(runtime.name(), connection.id(), refused.getMessage()));
                connection.closeNow(CloseCodes.POLICY_VIOLATION, refused.getMessage());
                return Outcome.REFUSED;
            } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
                String errorId = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, Messages.callbackFailed(name, runtime.name(), connection.id(), errorId), e);
                return Outcome.FAILED;
            }
        });
    }

    private enum Outcome {
        DONE,
        REFUSED,
        FAILED
    }
}
