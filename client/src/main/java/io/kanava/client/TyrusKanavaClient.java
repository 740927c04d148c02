package io.kanava.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;

/**
 * The {@link KanavaClient} on Tyrus. It keeps at most one open {@link Connection}, replaces it when the socket drops,
 * and moves through {@link ConnectionState}s under one lock. A connection is ready once its {@code onOpen} hook has
 * settled: calls go straight to a ready connection, the hook's own calls to its new connection, and every other call
 * waits ({@link WaitingCalls}) until a connection is ready.
 */
final class TyrusKanavaClient implements KanavaClient {

    private static final Logger LOG = Logger.getLogger(TyrusKanavaClient.class.getName());
    private static final int POLICY_VIOLATION = CloseReason.CloseCodes.VIOLATED_POLICY.getCode();
    private static final int TRY_AGAIN_LATER = CloseReason.CloseCodes.TRY_AGAIN_LATER.getCode();
    /** How long a connection must have been ready for its end to start the back-off afresh. */
    private static final long STABLE_NANOS = Duration.ofSeconds(5).toNanos();

    private final URI channel;
    private final ClientOptions options;
    private final ClientThreads threads;
    private final JsonFrames frames;
    private final TyrusDialer dialer;
    private final EventListeners events;
    private final Listeners<ConnectionState> stateListeners = new Listeners<>();
    private final OpenHook openHook;
    private final WaitingCalls waiting;
    private final Object lock = new Object();
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private Connection current;
    private Connection ready;
    private long readySince;
    private int failures;

    private TyrusKanavaClient(URI channel, ClientOptions options) {
        this.channel = channel;
        this.options = options;
        this.threads = new ClientThreads();
        this.frames = new JsonFrames(options.jsonb());
        this.dialer = new TyrusDialer(channel, options);
        this.events = new EventListeners(frames, threads.callbacks());
        this.openHook = new OpenHook(options.onOpen());
        this.waiting = new WaitingCalls(threads.scheduler());
    }

    static CompletionStage<KanavaClient> start(URI channel, ClientOptions options) {
        TyrusKanavaClient client = new TyrusKanavaClient(channel, options);
        client.threads.dial(client::attempt);
        return onCommonPool(client.openHook.connected());
    }

    @Override
    public <T> CompletionStage<T> send(String action, Object input, TypeRef<T> replyType, Duration timeout) {
        String data = checkedData(action, input, replyType, timeout);
        CompletableFuture<Object> reply;
        synchronized (lock) {
            if (ready != null) {
                reply = ready.call(action, data, replyType, timeout);
            } else if (state == ConnectionState.CLOSED) {
                reply = CompletableFuture.failedFuture(Messages.notOpen(action, state));
            } else {
                reply = waiting.park(action, data, replyType, timeout);
            }
        }
        return onCommonPool(reply);
    }

    /** A call of the {@code onOpen} hook, straight to the connection it runs for. */
    <T> CompletionStage<T> sendOn(
            Connection connection, String action, Object input, TypeRef<T> replyType, Duration timeout) {
        String data = checkedData(action, input, replyType, timeout);
        return onCommonPool(connection.call(action, data, replyType, timeout));
    }

    private String checkedData(String action, Object input, TypeRef<?> replyType, Duration timeout) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(replyType, "replyType");
        Objects.requireNonNull(timeout, "timeout");
        return frames.data(input);
    }

    @Override
    public <T> Subscription subscribe(String event, TypeRef<T> type, Consumer<? super T> listener) {
        return events.add(
                Objects.requireNonNull(event, "event"),
                Objects.requireNonNull(type, "type"),
                Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    @Override
    public Subscription onStateChange(Consumer<ConnectionState> listener) {
        return stateListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public ClientOptions options() {
        return options;
    }

    @Override
    public void close() {
        Connection open;
        synchronized (lock) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            open = current;
            openHook.fail(Messages.closedWhileConnecting(channel));
            stop(Level.FINE, "closed by the application");
        }
        if (open != null) {
            open.closeByClient();
        }
    }

    @Override
    public String toString() {
        return "KanavaClient[" + channel + ", " + state + "]";
    }

    /** One connection attempt, on the dialer thread. */
    private void attempt() {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        Connection connection = new Connection(frames, threads.scheduler(), events::dispatch, this::connectionClosed);
        try {
            dialer.dial(connection);
        } catch (KanavaClientException failure) {
            attemptFailed(failure);
            return;
        }
        opened(connection);
    }

    private void opened(Connection connection) {
        synchronized (lock) {
            if (state == ConnectionState.CLOSED) {
                connection.closeByClient();
                return;
            }
            if (connection.closeReason().isPresent()) {
                dropped(connection.closeReason().get(), false);
                return;
            }
            current = connection;
            enter(ConnectionState.OPEN);
        }
        threads.callbacks().execute(() -> openHook.run(new HookClient(this, connection), this)
                .whenComplete((ignored, failure) -> hookSettled(connection)));
    }

    /** The connection's hook settled: it is ready, and the calls that waited for it go out, in order. */
    private void hookSettled(Connection connection) {
        synchronized (lock) {
            if (current == connection && state == ConnectionState.OPEN) {
                ready = connection;
                readySince = System.nanoTime();
                waiting.sendAll(connection);
            }
        }
    }

    private void attemptFailed(KanavaClientException failure) {
        synchronized (lock) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            if (!openHook.settled()) {
                openHook.fail(failure);
                stop(Level.FINE, "the first connection failed: " + failure.getMessage());
            } else if (TyrusDialer.isRefusal(failure)) {
                stop(Level.WARNING, failure.getMessage());
            } else {
                LOG.log(Level.FINE, failure, () -> "Reconnecting to " + channel + " failed");
                failures++;
                reconnect();
            }
        }
    }

    private void connectionClosed(Connection connection, CloseReason reason) {
        synchronized (lock) {
            if (connection != current) {
                return;
            }
            boolean wasStable = ready == connection && System.nanoTime() - readySince >= STABLE_NANOS;
            current = null;
            ready = null;
            dropped(reason, wasStable);
        }
    }

    /**
     * The connection ended by the server's or the network's doing; under the lock. The back-off starts afresh only
     * after a connection that was ready for a while and did not end with 1013 (try again later).
     */
    private void dropped(CloseReason reason, boolean wasStable) {
        String described = Messages.describe(reason);
        if (reason.getCloseCode().getCode() == POLICY_VIOLATION) {
            openHook.fail(Messages.notConnected(channel, "the server closed the connection with " + described));
            stop(Level.WARNING, "the server closed the connection with " + described);
        } else if (!openHook.settled()) {
            openHook.fail(Messages.notConnected(channel, "the connection closed at once (" + described + ")"));
            stop(Level.FINE, "the first connection closed before it was ready: " + described);
        } else {
            LOG.info(() -> "Connection to " + channel + " closed (" + described + ")");
            failures = wasStable && reason.getCloseCode().getCode() != TRY_AGAIN_LATER ? 0 : failures + 1;
            reconnect();
        }
    }

    /** Schedules the next attempt as the policy says, or stops; under the lock. */
    private void reconnect() {
        int attempt = failures;
        options.reconnect()
                .delayBefore(attempt)
                .ifPresentOrElse(
                        delay -> {
                            enter(ConnectionState.RECONNECTING);
                            threads.dialAfter(this::attempt, delay);
                        },
                        () -> stop(Level.INFO, "the reconnect policy is " + options.reconnect()));
    }

    /** Enters CLOSED for good, fails what waits, and lets the client's threads end; under the lock. */
    private void stop(Level level, String why) {
        current = null;
        ready = null;
        enter(ConnectionState.CLOSED);
        waiting.failAll(Messages::clientClosed);
        openHook.fail(Messages.notConnected(channel, why));
        threads.shutdown();
        LOG.log(level, () -> "Kanava client for " + channel + " closed for good: " + why);
    }

    private void enter(ConnectionState next) {
        if (state != next) {
            state = next;
            threads.callbacks().execute(() -> stateListeners.deliver(next));
        }
    }

    /** A stage completed on the common pool, so that its dependents never run on a reader or client thread. */
    @SuppressWarnings("unchecked") // the source holds a T: JSON-B bound it to the requested type, or it is the client
    static <T> CompletableFuture<T> onCommonPool(CompletableFuture<?> source) {
        CompletableFuture<T> relayed = new CompletableFuture<>();
        source.whenCompleteAsync(
                (value, failure) -> {
                    if (failure == null) {
                        relayed.complete((T) value);
                    } else {
                        relayed.completeExceptionally(failure);
                    }
                },
                ForkJoinPool.commonPool());
        return relayed;
    }
}
