package io.kanava.testing;

import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.kanava.ChannelDefinition;
import io.kanava.Connection;
import io.kanava.OutgoingEvent;
import io.kanava.UserSession;
import io.kanava.impl.Messages;
import io.kanava.impl.codec.OutboundFrame;
import io.kanava.impl.eventhub.EventSubscriber;
import io.kanava.impl.eventhub.HubEvent;
import io.kanava.impl.security.ConnectionIdentity;

/**
 * One client of a {@link ChannelUnderTest}: it calls actions through the channel's router exactly as frames from
 * the wire would be (decoded, gated, bound, validated, permitted, handled, encoded), and collects the events the
 * hub and the application send it, after the channel's middleware. It is also the {@link Connection} the
 * application's handlers and callbacks see.
 */
public final class TestConnection implements Connection, EventSubscriber {

    /** How long a call waits for an asynchronous handler, and {@link #nextEvent()} for an event. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String id = UUID.randomUUID().toString();
    private final ChannelUnderTest channel;
    private final ConnectionIdentity identity;
    private final Map<String, String> pathParameters;
    private final Map<String, List<String>> queryParameters;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final Set<String> topics = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final AtomicLong calls = new AtomicLong();
    private volatile boolean open = true;
    private volatile int closeCode;
    private volatile String closeReason;

    TestConnection(ChannelUnderTest channel, Opening opening) {
        this.channel = channel;
        this.identity = new ConnectionIdentity(opening.principal(), opening.roles());
        this.pathParameters = opening.pathParameters();
        this.queryParameters = opening.queryParameters();
    }

    /**
     * Calls an action without data.
     *
     * @param action the action's name
     * @return its answer
     */
    public CallResult call(String action) {
        return call(action, null);
    }

    /**
     * Calls an action, its data written as JSON the way the channel's codec writes it.
     *
     * @param action the action's name
     * @param data the data, {@code null} for none
     * @return its answer
     */
    public CallResult call(String action, Object data) {
        String json = data == null ? "null" : channel.codec().encode(data, data.getClass());
        return send("{\"id\":" + calls.incrementAndGet() + ",\"action\":" + quote(action) + ",\"data\":" + json + "}");
    }

    /**
     * Sends a frame's text as a client would, malformed or not, and returns its answer.
     *
     * @param frame the frame, such as {@code {"id":1,"action":"list"}}
     * @return its answer
     * @throws IllegalStateException when the connection is closed
     */
    public CallResult send(String frame) {
        if (!open) {
            throw new IllegalStateException(this + " is closed (" + closeCode + " " + closeReason + ")");
        }
        OutboundFrame answer = channel.router().route(channel.decoder().decode(frame), this);
        if (answer instanceof OutboundFrame.Pending pending) {
            answer = awaited(pending.answer());
        }
        return new CallResult(channel.encoder().encode(answer), channel.codec());
    }

    /**
     * Returns the next event this connection received, waiting up to {@link #TIMEOUT} for one.
     *
     * @return the event
     * @throws AssertionError when none arrives in time
     */
    public ReceivedEvent nextEvent() {
        try {
            String frame = events.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError(this + " received no event within " + TIMEOUT);
            }
            return new ReceivedEvent(frame, channel.codec());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for an event", e);
        }
    }

    /**
     * Returns and forgets the events received so far.
     *
     * @return them, oldest first
     */
    public List<ReceivedEvent> receivedEvents() {
        List<String> frames = new ArrayList<>();
        events.drainTo(frames);
        return frames.stream()
                .map(frame -> new ReceivedEvent(frame, channel.codec()))
                .toList();
    }

    /**
     * Asserts that no event has arrived (events of the in-memory hub arrive while {@code publish} runs).
     *
     * @throws AssertionError naming the first event otherwise
     */
    public void assertNoEvent() {
        String frame = events.peek();
        if (frame != null) {
            throw new AssertionError("Expected no event but " + this + " received " + frame);
        }
    }

    /**
     * Returns the close code the server closed this connection with.
     *
     * @return the code (1008 when {@code onConnect} refused it), empty while it is open
     */
    public Optional<Integer> closeCode() {
        return open ? Optional.empty() : Optional.of(closeCode);
    }

    /**
     * Returns the reason the connection was closed with.
     *
     * @return the reason, empty while it is open
     */
    public Optional<String> closeReason() {
        return open ? Optional.empty() : Optional.ofNullable(closeReason);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String channel() {
        return channel.definition().name();
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
        if (!open) {
            return CompletableFuture.failedFuture(new IllegalStateException(this + " is closed"));
        }
        String json = channel.codec().encode(data, data == null ? Object.class : data.getClass());
        if (!channel.middleware().dispatch(new HubEvent(event, json), this, this::received)) {
            return CompletableFuture.failedFuture(Messages.middlewareRefused(channel(), event, id));
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Returns the channel's own bound of a connection's subscriptions, else the default; the harness has no
     * application settings.
     */
    @Override
    public int maxSubscriptions() {
        return channel.definition()
                .maxSubscriptionsPerConnection()
                .orElse(ChannelDefinition.DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION);
    }

    @Override
    public Set<String> topics() {
        return topics;
    }

    @Override
    public void deliver(HubEvent event) {
        if (open) {
            channel.middleware().dispatch(event, this, this::received);
        }
    }

    /** Closes the connection as the client would: the channel's {@code onDisconnect} runs once. */
    @Override
    public void close() {
        close(NORMAL_CLOSURE, "");
    }

    @Override
    public void close(int code, String reason) {
        if (!open) {
            return;
        }
        open = false;
        closeCode = code;
        closeReason = reason;
        channel.disconnected(this);
    }

    void refused(int code, String reason) {
        open = false;
        closeCode = code;
        closeReason = reason;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public Map<String, Object> attributes() {
        return attributes;
    }

    private void received(OutgoingEvent event) {
        events.add(HubEvent.frameOf(event));
    }

    private static OutboundFrame awaited(CompletionStage<OutboundFrame> answer) {
        try {
            return answer.toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for an asynchronous call", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("The asynchronous call was not answered within " + TIMEOUT, e);
        }
    }

    private static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    @Override
    public String toString() {
        return "TestConnection[" + id + " on " + channel()
                + identity.principal().map(named -> " as " + named.getName()).orElse("") + "]";
    }
}
