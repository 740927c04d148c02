package io.kanava.client;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

/**
 * One WebSocket session of a client: it numbers the calls made on it, keeps them until their reply, error, timeout
 * or the session's end, and hands event frames on. A reconnect makes a new one.
 */
final class Connection extends Endpoint implements MessageHandler.Whole<String> {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());

    private final JsonFrames frames;
    private final ScheduledExecutorService scheduler;
    private final BiConsumer<String, JsonValue> events;
    private final BiConsumer<Connection, CloseReason> closed;
    private final Map<String, PendingCall> pending = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();
    private volatile Session session;
    private volatile FrameWriter writer;
    private volatile CloseReason closeReason;

    Connection(
            JsonFrames frames,
            ScheduledExecutorService scheduler,
            BiConsumer<String, JsonValue> events,
            BiConsumer<Connection, CloseReason> closed) {
        this.frames = frames;
        this.scheduler = scheduler;
        this.events = events;
        this.closed = closed;
    }

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        writer = new FrameWriter(opened.getAsyncRemote());
        session = opened;
        opened.addMessageHandler(String.class, this);
    }

    @Override
    public void onClose(Session ended, CloseReason reason) {
        closeReason = reason;
        failAll(action -> Messages.connectionLost(action, reason));
        closed.accept(this, reason);
    }

    @Override
    public void onError(Session failed, Throwable failure) {
        LOG.log(Level.FINE, failure, () -> "WebSocket error on " + failed.getRequestURI());
    }

    /** Sends a call; the result completes on the thread that settles it (reader, scheduler or caller). */
    CompletableFuture<Object> call(String action, String data, TypeRef<?> replyType, Duration timeout) {
        String id = Long.toString(lastId.incrementAndGet());
        String frame = frames.call(id, action, data);
        PendingCall call = new PendingCall(action, replyType);
        pending.put(id, call);
        try {
            call.expireAfter(timeout, scheduler, () -> settle(id, Messages.timeout(action, timeout)));
        } catch (RejectedExecutionException clientClosed) {
            settle(id, Messages.clientClosed(action));
        }
        CloseReason ended = closeReason;
        if (ended != null) {
            settle(id, Messages.connectionLost(action, ended));
        }
        if (!call.result().isDone()) {
            writer.write(frame, failure -> settle(id, Messages.sendFailed(action, failure)));
        }
        return call.result();
    }

    @Override
    public void onMessage(String text) {
        Optional<JsonObject> frame = frames.read(text);
        if (frame.isEmpty()) {
            LOG.fine(() -> "Ignored a frame that is not a JSON object: " + text);
            return;
        }
        JsonValue id = frame.get().get("id");
        PendingCall call = id instanceof JsonString string ? pending.remove(string.getString()) : null;
        if (call != null) {
            answer(call, frame.get());
        } else if (id == null && frame.get().get("event") instanceof JsonString event) {
            events.accept(event.getString(), frame.get().get("data"));
        } else {
            LOG.fine(() -> "Ignored a frame that answers no pending call and is no event: " + text);
        }
    }

    /** Closes the session with 1000, failing its pending calls with {@code disconnected}. */
    void closeByClient() {
        failAll(Messages::clientClosed);
        Session open = session;
        if (open != null) {
            try {
                open.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "client closed"));
            } catch (IOException | IllegalStateException alreadyGone) {
                LOG.log(Level.FINE, alreadyGone, () -> "Closing " + open.getRequestURI() + " failed");
            }
        }
    }

    /** Why the session ended, once it has. */
    Optional<CloseReason> closeReason() {
        return Optional.ofNullable(closeReason);
    }

    private void answer(PendingCall call, JsonObject frame) {
        if (frame.get("error") instanceof JsonObject error) {
            call.fail(frames.error(call.action(), error));
        } else if (call.replyType().isVoid()) {
            call.complete(null);
        } else {
            try {
                call.complete(frames.bind(frame.get("data"), call.replyType().type()));
            } catch (JsonbException invalid) {
                call.fail(Messages.invalidReply(call.action(), call.replyType().type(), invalid));
            }
        }
    }

    private void settle(String id, KanavaClientException failure) {
        PendingCall call = pending.remove(id);
        if (call != null) {
            call.fail(failure);
        }
    }

    private void failAll(Function<String, KanavaClientException> failure) {
        pending.keySet().forEach(id -> {
            PendingCall call = pending.remove(id);
            if (call != null) {
                call.fail(failure.apply(call.action()));
            }
        });
    }
}
