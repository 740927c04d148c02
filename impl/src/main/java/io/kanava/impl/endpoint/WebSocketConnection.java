package io.kanava.impl.endpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import io.kanava.Connection;
import io.kanava.UserSession;
import io.kanava.impl.Messages;
import io.kanava.impl.codec.OutboundFrame;
import io.kanava.impl.eventhub.EventSubscriber;
import io.kanava.impl.eventhub.HubEvent;
import io.kanava.impl.security.CallerContext;
import io.kanava.impl.security.ConnectionIdentity;
import io.kanava.impl.security.HandshakeRoles;
import io.kanava.impl.sending.OutboundQueue;

/**
 * A {@link Connection} over a JSR-356 session. Everything it sends goes through its {@link OutboundQueue}; events,
 * from the hub or from {@link #send(String, Object)}, pass through the channel's middleware first.
 */
final class WebSocketConnection implements Connection, EventSubscriber {

    private static final Logger LOG = Logger.getLogger(WebSocketConnection.class.getName());

    private final String id = UUID.randomUUID().toString();
    private final ChannelRuntime channel;
    private final Session session;
    private final Map<String, String> pathParameters;
    private final Map<String, List<String>> queryParameters;
    private final ConnectionIdentity identity;
    private final CallerContext callerContext;
    private final OutboundQueue queue;
    /** Made on first use, as most connections never hold an attribute; guarded by this. */
    private Map<String, Object> attributes;
    /** Made on first use, as an idle connection may never subscribe; guarded by this. */
    private Set<String> topics;

    private volatile BooleanSupplier callsInProgress = () -> false;
    private final Runnable gaveUp;
    private volatile boolean open = true;
    private volatile long heardAt = System.nanoTime();
    private volatile long pingedAt = heardAt;

    /**
     * Wraps a session.
     *
     * @param session the JSR-356 session
     * @param channel the channel's runtime
     * @param gaveUp run after the connection is closed for reading too slowly or because a write failed, so its
     *     subscriptions and {@code onDisconnect} do not wait for a close handshake the client may never complete
     */
    WebSocketConnection(Session session, ChannelRuntime channel, Runnable gaveUp) {
        this.gaveUp = gaveUp;
        this.channel = channel;
        this.session = session;
        this.pathParameters = Map.copyOf(session.getPathParameters());
        this.queryParameters = QueryParameters.parse(session.getQueryString());
        Principal principal = session.getUserPrincipal();
        HandshakeRoles.Captured handshake = channel.handshakeRoles().take(principal);
        this.identity = new ConnectionIdentity(principal, handshake.roles());
        this.callerContext = handshake.callerContext();
        this.queue = new OutboundQueue(
                (text, done) -> session.getAsyncRemote()
                        .sendText(text, result -> done.accept(result.isOK() ? null : result.getException())),
                channel.limits(),
                this::overflowed,
                this::dropped,
                this::writeFailed,
                channel.metrics().queueHighWater());
    }

    /**
     * Returns the context this connection's calls run in: the container's caller of its upgrade request.
     *
     * @return the context
     */
    CallerContext callerContext() {
        return callerContext;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String channel() {
        return channel.name();
    }

    @Override
    public Map<String, String> pathParameters() {
        return pathParameters;
    }

    @Override
    public Map<String, List<String>> queryParameters() {
        return queryParameters;
    }

    @Override
    public Optional<Principal> principal() {
        return identity.principal();
    }

    @Override
    public Optional<UserSession> session() {
        return identity.session();
    }

    @Override
    public void startSession(UserSession session) {
        identity.startSession(session);
    }

    @Override
    public void endSession() {
        identity.endSession();
    }

    @Override
    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    @Override
    public CompletionStage<Void> send(String event, Object data) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        String json;
        try {
            json = channel.codec().encode(data, data == null ? Object.class : data.getClass());
        } catch (RuntimeException e) {
            written.completeExceptionally(e);
            return written;
        }
        if (!isOpen()) {
            written.completeExceptionally(Messages.connectionClosed(channel.name(), id));
            return written;
        }
        boolean[] forwarded = {false};
        boolean failed = !channel.middleware().dispatch(new HubEvent(event, json), this, out -> {
            forwarded[0] = true;
            String frame = HubEvent.frameOf(out);
            if (!channel.oversizedEvents().admits(out.name(), frame)) {
                written.completeExceptionally(Messages.eventTooLargeFor(
                        channel.name(),
                        out.name(),
                        id,
                        channel.oversizedEvents().limit()));
            } else if (!queue.offerEvent(frame, written)) {
                written.completeExceptionally(Messages.connectionClosed(channel.name(), id));
            }
        });
        if (failed) {
            written.completeExceptionally(Messages.middlewareRefused(channel.name(), event, id));
        } else if (!forwarded[0]) {
            written.complete(null); // the middleware dropped it: nothing to wait for
        }
        return written;
    }

    @Override
    public int maxSubscriptions() {
        return channel.maxSubscriptions();
    }

    @Override
    public synchronized Set<String> topics() {
        if (topics == null) {
            topics = ConcurrentHashMap.newKeySet();
        }
        return topics;
    }

    @Override
    public void deliver(HubEvent event) {
        if (channel.middleware().isEmpty()) {
            offerEvent(event.name(), event.frame()); // no middleware: nothing to allocate per subscriber
        } else {
            channel.middleware().dispatch(event, this, out -> offerEvent(out.name(), HubEvent.frameOf(out)));
        }
    }

    private void offerEvent(String name, String frame) {
        if (!channel.oversizedEvents().admits(name, frame)) {
            channel.metrics().eventsDropped(1);
        } else if (queue.offerEvent(frame, null)) {
            channel.metrics().eventDelivered();
        }
    }

    /**
     * Queues the answer to a call. An answer larger than the outgoing limit could never be written without ending
     * the connection as a slow client, so the call is answered {@code internal} instead, naming the limit. An
     * answer to a connection that has closed is dropped: nobody can read it.
     */
    void answer(OutboundFrame answer) {
        OutboundFrame sent = answer;
        String frame = channel.encoder().encode(answer);
        long limit = channel.limits().maxChars();
        if (frame.length() > limit) {
            sent = channel.router().answerTooLarge(answer, frame.length(), limit, id);
            frame = channel.encoder().encode(sent);
        }
        channel.metrics().answered(sent);
        queue.offer(frame, null);
    }

    @Override
    public void close(int code, String reason) {
        queue.closeAfterDrain(() -> closeNow(code, reason));
    }

    void closeNow(int code, String reason) {
        open = false;
        queue.close();
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), CloseReasons.fit(reason)));
            }
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, e, () -> "Closing connection " + id + " failed");
        }
    }

    /**
     * Tells the connection where to learn whether an answer of its calls is still to come.
     *
     * @param inProgress the connection's call sequencer's view
     */
    void tracksCalls(BooleanSupplier inProgress) {
        this.callsInProgress = inProgress;
    }

    /**
     * Tells whether an answer of this connection's calls is still to come.
     *
     * @return {@code true} while a call runs, is pending or waits
     */
    boolean callsInProgress() {
        return callsInProgress.getAsBoolean();
    }

    void markClosed() {
        open = false;
        queue.close();
    }

    @Override
    public boolean isOpen() {
        return open && session.isOpen();
    }

    @Override
    public synchronized Map<String, Object> attributes() {
        if (attributes == null) {
            attributes = new ConcurrentHashMap<>();
        }
        return attributes;
    }

    /**
     * Gives up on a client that reads too slowly: it is closed for the application at once (subscriptions,
     * {@code onDisconnect}), and its session once the frame in progress is written, so the 1013 can reach it.
     */
    private void overflowed(int frames, long chars) {
        LOG.warning(Messages.queueFull(channel.name(), id, frames, chars).getMessage());
        channel.metrics().slowClientClosed();
        open = false;
        try {
            gaveUp.run();
        } finally {
            channel.slowClients().close(queue, () -> closeNow(CloseCodes.TRY_AGAIN_LATER, CloseCodes.READS_TOO_SLOWLY));
        }
    }

    /**
     * Ends a connection whose write failed, like any other loss: logged once, ended for the application at once
     * (subscriptions, {@code onDisconnect}), and its session closed.
     */
    private void writeFailed(Throwable failure) {
        if (!open) {
            return;
        }
        open = false;
        LOG.log(Level.WARNING, Messages.writeFailed(channel.name(), id), failure);
        try {
            gaveUp.run();
        } finally {
            closeNow(CloseCodes.INTERNAL_ERROR, CloseCodes.WRITE_FAILED);
        }
    }

    /**
     * Gives up on a connection whose frame in progress has not been written for the liveness timeout: its client
     * stopped reading (while still sending, or it would be silent), or the container's write never ends. Waiting
     * longer for that write cannot help, so the queue is dropped and the session closed at once.
     */
    private void writeStalled(long nanos, Executor closes) {
        open = false;
        LOG.warning(() -> Messages.writeStalled(channel.name(), id, TimeUnit.NANOSECONDS.toSeconds(nanos)));
        channel.metrics().slowClientClosed();
        try {
            gaveUp.run();
        } finally {
            queue.close();
            closeApart(CloseCodes.TRY_AGAIN_LATER, CloseCodes.READS_TOO_SLOWLY, closes);
        }
    }

    /**
     * Closes the session on another thread: a container may hold the closing thread while a write to the connection
     * is stuck (Open Liberty held it for about five seconds), and the liveness check must go on to the others.
     */
    private void closeApart(int code, String reason, Executor closes) {
        try {
            closes.execute(() -> closeNow(code, reason));
        } catch (RuntimeException refused) {
            closeNow(code, reason); // the application is stopping: close here
        }
    }

    /** Notes that the client was heard from: a message or a pong. */
    void heard() {
        heardAt = System.nanoTime();
    }

    /**
     * Pings the client once it has been silent for the interval, and ends the connection once it has been silent
     * for the timeout.
     *
     * @param now the current {@link System#nanoTime()}
     * @param interval the silence before a ping, in nanoseconds
     * @param timeout the silence before closing, in nanoseconds
     * @param closes where sessions are closed, away from the thread checking every connection
     */
    void checkLiveness(long now, long interval, long timeout, Executor closes) {
        if (!open) {
            return;
        }
        long writing = queue.writingFor(now);
        if (writing > timeout) {
            writeStalled(writing, closes);
            return;
        }
        long silence = now - heardAt;
        if (silence > timeout) {
            open = false;
            LOG.info(() -> Messages.silent(channel.name(), id, TimeUnit.NANOSECONDS.toSeconds(silence)));
            try {
                gaveUp.run();
            } finally {
                closeApart(CloseCodes.GOING_AWAY, CloseCodes.SILENT, closes);
            }
        } else if (silence > interval && now - pingedAt > interval) {
            pingedAt = now;
            queue.offerPing(this::ping);
        }
    }

    private void ping() {
        try {
            session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "Pinging connection " + id + " failed; its silence will end it");
        }
    }

    private void dropped(int events) {
        channel.metrics().eventsDropped(events);
        LOG.fine(() -> Messages.eventsDropped(channel.name(), id, events));
    }

    @Override
    public String toString() {
        return "Connection[" + id + " on " + channel.name() + "]";
    }
}
