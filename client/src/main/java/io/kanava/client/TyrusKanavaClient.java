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
 * The {@link KanavaClient} on Tyrus. It keeps at most one open {@link Connection}, replaces it when the socket
 * drops, and moves through {@link ConnectionState}s under one lock; calls go straight to the open connection, or
 * wait for the next one ({@link WaitingCalls}) while the client reconnects.
 */
final class TyrusKanavaClient implements KanavaClient {

    private static final Logger LOG = Logger.getLogger(TyrusKanavaClient.class.getName());
    private static final int POLICY_VIOLATION = CloseReason.CloseCodes.VIOLATED_POLICY.getCode();

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
    private volatile Connection current;

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
        client.threads.scheduler().execute(() -> client.attempt(0));
        return onCommonPool(client.openHook.connected());
    }

    @Override
    public <T> CompletionStage<T> send(String action, Object input, TypeRef<T> replyType, Duration timeout) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(replyType, "replyType");
        Objects.requireNonNull(timeout, "timeout");
        Connection open = current;
        CompletableFuture<Object> reply;
        if (open != null) {
            reply = open.call(action, input, replyType, timeout);
        } else if (state == ConnectionState.CLOSED) {
            reply = CompletableFuture.failedFuture(Messages.notOpen(action, state));
        } else {
            reply = waiting.park(action, input, replyType, timeout);
        }
        return onCommonPool(reply);
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
            stop(Level.FINE, "closed by the application");
        }
        openHook.fail(Messages.closedWhileConnecting(channel));
        if (open != null) {
            open.closeByClient();
        }
    }

    @Override
    public String toString() {
        return "KanavaClient[" + channel + ", " + state + "]";
    }

    /** One connection attempt, on the scheduler thread; {@code failures} counts those since the last success. */
    private void attempt(int failures) {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        Connection connection = new Connection(frames, threads.scheduler(), events::dispatch, this::connectionClosed);
        try {
            dialer.dial(connection);
        } catch (KanavaClientException failure) {
            attemptFailed(failures, failure);
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
                dropped(connection.closeReason().get());
                return;
            }
            current = connection;
            enter(ConnectionState.OPEN);
        }
        threads.callbacks().execute(() -> openHook.run(this).whenComplete((ignored, failure) -> {
            if (current == connection) {
                waiting.sendAll(connection);
            }
        }));
    }

    private void attemptFailed(int failures, KanavaClientException failure) {
        synchronized (lock) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            if (!openHook.settled()) {
                stop(Level.FINE, "the first connection failed: " + failure.getMessage());
                openHook.fail(failure);
            } else if (TyrusDialer.isRefusal(failure)) {
                stop(Level.WARNING, failure.getMessage());
            } else {
                LOG.log(Level.FINE, failure, () -> "Reconnecting to " + channel + " failed");
                reconnectAfter(failures + 1);
            }
        }
    }

    private void connectionClosed(Connection connection, CloseReason reason) {
        synchronized (lock) {
            if (connection != current) {
                return;
            }
            current = null;
            dropped(reason);
        }
    }

    /** The open connection ended by the server's or the network's doing; under the lock. */
    private void dropped(CloseReason reason) {
        if (reason.getCloseCode().getCode() == POLICY_VIOLATION) {
            stop(Level.WARNING, "the server closed the connection with " + Messages.describe(reason));
        } else {
            LOG.info(() -> "Connection to " + channel + " closed (" + Messages.describe(reason) + ")");
            reconnectAfter(0);
        }
    }

    /** Schedules the next attempt as the policy says, or stops; under the lock. */
    private void reconnectAfter(int failures) {
        options.reconnect()
                .delayBefore(failures)
                .ifPresentOrElse(
                        delay -> {
                            enter(ConnectionState.RECONNECTING);
                            threads.schedule(() -> attempt(failures), delay);
                        },
                        () -> stop(Level.INFO, "the reconnect policy is " + options.reconnect()));
    }

    /** Enters CLOSED for good and lets the client's threads end; under the lock. */
    private void stop(Level level, String why) {
        current = null;
        waiting.failAll(Messages::clientClosed);
        enter(ConnectionState.CLOSED);
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
    private static <T> CompletableFuture<T> onCommonPool(CompletableFuture<?> source) {
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
