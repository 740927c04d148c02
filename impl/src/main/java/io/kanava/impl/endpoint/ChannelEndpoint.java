package io.kanava.impl.endpoint;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;

import io.kanava.ConnectionHandler;
import io.kanava.ConnectionRefusedException;
import io.kanava.impl.Messages;
import io.kanava.impl.codec.InboundFrame;
import io.kanava.impl.codec.OutboundFrame;
import io.kanava.impl.context.RequestScope;
import io.kanava.impl.metrics.TimedCalls;

/**
 * The JSR-356 endpoint of one connection to a channel: it runs {@code onConnect}, answers each frame through the
 * channel's router, and runs {@code onDisconnect} exactly once however the connection ends.
 */
public final class ChannelEndpoint extends Endpoint {

    private static final Logger LOG = Logger.getLogger(ChannelEndpoint.class.getName());

    private final ChannelRuntime runtime;
    private volatile WebSocketConnection connection;
    private volatile RequestScope frameScope;
    private volatile CallSequencer calls;
    private volatile String admittedAs;
    private volatile boolean admitted;
    private State state = State.OPENING; // guarded by this
    private boolean lostWhileOpening; // guarded by this

    ChannelEndpoint(ChannelRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.setMaxTextMessageBufferSize(runtime.maxMessageSize());
        session.setMaxBinaryMessageBufferSize(runtime.maxMessageSize());
        Executor resumer = runtime.resumer().forConnection(session.getUserPrincipal() != null);
        connection = new WebSocketConnection(session, runtime, () -> resumer.execute(this::disconnect));
        if (!admit(session)) {
            return;
        }
        runtime.connections().add(connection);
        Outcome connect = runCallback("onConnect", runtime.definition().onConnect());
        if (connect != Outcome.DONE) {
            synchronized (this) {
                state = State.CLOSED;
            }
            if (connect == Outcome.FAILED) {
                connection.closeNow(CloseCodes.INTERNAL_ERROR, CloseCodes.INTERNAL_ERROR_REASON);
            }
            forget(connection);
            return;
        }
        frameScope = runtime.requestScope();
        Function<InboundFrame, OutboundFrame> router = frame -> connection
                .callerContext()
                .call(() -> frameScope.call(() -> runtime.router().route(frame, connection)));
        calls = new CallSequencer(
                runtime.metrics().counting() ? new TimedCalls(router, runtime.metrics()::called) : router,
                connection::answer,
                frame -> runtime.router().refuseBusy(frame, CallSequencer.MAX_WAITING),
                resumer,
                runtime.definition().maxPendingCalls(),
                CallSequencer.MAX_WAITING);
        connection.tracksCalls(calls::busy);
        boolean lost;
        synchronized (this) {
            lost = lostWhileOpening;
            state = lost ? State.CLOSED : State.CONNECTED;
        }
        if (lost) {
            forget(connection); // onConnect may have subscribed it after it was lost
            end();
            return;
        }
        CallRate rate = new CallRate(runtime.callRate(), System.nanoTime());
        IncomingText incoming = new IncomingText(
                runtime.maxMessageSize(),
                text -> arrived(runtime.decoder().decode(text), rate),
                () -> connection.closeNow(CloseCodes.TOO_BIG, CloseCodes.tooBig(runtime.maxMessageSize())));
        session.addMessageHandler(String.class, (MessageHandler.Partial<String>) (part, last) -> {
            connection.heard();
            incoming.accept(part, last);
        });
        session.addMessageHandler(PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> connection.heard());
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>)
                binary -> connection.closeNow(CloseCodes.UNSUPPORTED_DATA, CloseCodes.BINARY_REFUSED));
    }

    /** A frame within the call rate goes to the sequencer; one beyond is refused, and a flood ends the connection. */
    private void arrived(InboundFrame frame, CallRate rate) {
        switch (rate.take(System.nanoTime())) {
            case PASS -> calls.arrived(frame);
            case REFUSE -> connection.answer(runtime.router().refuseRate(frame, CloseCodes.TOO_MANY_CALLS));
            case CLOSE -> connection.closeNow(CloseCodes.POLICY_VIOLATION, CloseCodes.TOO_MANY_CALLS);
        }
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

    /**
     * Ends the connection for the application, exactly once however it was lost: closed by either side, given up
     * for reading too slowly or for a failed write (then on the managed executor, never on the thread that was
     * publishing). Lost while {@code onConnect} still runs, it is ended when {@code onConnect} returns.
     */
    private void disconnect() {
        WebSocketConnection closing = connection;
        if (closing == null) {
            return;
        }
        State was;
        synchronized (this) {
            was = state;
            if (was == State.CLOSED || lostWhileOpening) {
                return;
            }
            if (was == State.OPENING) {
                lostWhileOpening = true;
            } else {
                state = State.CLOSED;
            }
        }
        forget(closing);
        if (was == State.CONNECTED) {
            end();
        }
    }

    /**
     * Counts the new connection against its channel's bounds; one beyond them is closed at once (1013 when the
     * channel is full, 1008 when its principal has too many), before {@code onConnect}, and never ended for the
     * application. While the application stops, a new connection is closed with 1001 the same way.
     */
    private boolean admit(Session session) {
        if (runtime.connections().stopping()) {
            synchronized (this) {
                state = State.CLOSED;
            }
            connection.markClosed();
            connection.closeNow(CloseCodes.GOING_AWAY, CloseCodes.APPLICATION_STOPPED);
            return false;
        }
        String principal = session.getUserPrincipal() == null
                ? null
                : session.getUserPrincipal().getName();
        Admissions.Admission admission = runtime.admissions().admit(principal);
        if (admission == Admissions.Admission.ADMITTED) {
            admittedAs = principal;
            admitted = true;
            return true;
        }
        synchronized (this) {
            state = State.CLOSED;
        }
        connection.markClosed();
        if (admission == Admissions.Admission.CHANNEL_FULL) {
            LOG.log(
                    runtime.admissions().firstTimeFull() ? Level.WARNING : Level.FINE,
                    () -> Messages.channelFull(
                            runtime.name(), runtime.admissions().maxConnections()));
            connection.closeNow(CloseCodes.TRY_AGAIN_LATER, CloseCodes.CHANNEL_FULL);
        } else {
            LOG.fine(() ->
                    Messages.principalFull(runtime.name(), runtime.admissions().maxPerPrincipal()));
            connection.closeNow(CloseCodes.POLICY_VIOLATION, CloseCodes.PRINCIPAL_FULL);
        }
        return false;
    }

    /** Takes a connection out of the application's connections and every subscription, and uncounts it once. */
    private void forget(WebSocketConnection closing) {
        synchronized (this) {
            if (admitted) {
                admitted = false;
                runtime.admissions().release(admittedAs);
            }
        }
        closing.markClosed();
        runtime.connections().remove(closing);
        runtime.hub().closed(closing);
    }

    /** Ends a connected connection: its waiting calls, {@code onDisconnect}, its calls' request scope. */
    private void end() {
        calls.close();
        runCallback("onDisconnect", runtime.definition().onDisconnect());
        frameScope.close();
    }

    private Outcome runCallback(String name, Optional<ConnectionHandler> callback) {
        if (callback.isEmpty()) {
            return Outcome.DONE;
        }
        // a scope of its own, held only while the callback runs: an open connection keeps none for its lifecycle
        try (RequestScope scope = runtime.requestScope()) {
            return run(name, callback.get(), scope);
        }
    }

    private Outcome run(String name, ConnectionHandler callback, RequestScope scope) {
        return scope.call(() -> {
            try {
                callback.handle(connection);
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

    private enum State {
        OPENING,
        CONNECTED,
        CLOSED
    }

    private enum Outcome {
        DONE,
        REFUSED,
        FAILED
    }
}
