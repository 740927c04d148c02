package io.kanava.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A connection to one Kanava channel that calls its actions and listens to its events over the {@code kanava.v1}
 * wire protocol, reconnecting when the socket drops.
 *
 * <p><b>Calls.</b> {@link #send(String, Object, TypeRef, Duration)} sends {@code {"id", "action", "data"}} and
 * completes with the reply's data bound to the requested type, or exceptionally with a
 * {@link KanavaClientException}: the server's error code, {@code timeout} when no reply came in time (a late reply
 * is ignored), {@code disconnected} when the socket dropped or the client was closed before the reply, or when the
 * call was made after the client closed for good, and
 * {@code invalid_reply} when the data did not bind. Calls may be made from any thread and pipelined freely.
 *
 * <p><b>Threads.</b> Returned stages complete on the common fork-join pool, never on the socket's reader thread,
 * so a dependent stage may block, even on another call. Event listeners, state listeners and the
 * {@link ClientOptions#onOpen() onOpen} hook run one at a time, in arrival order, on the client's own callback
 * thread ({@code kanava-client-N-callbacks}); a listener that blocks there delays the next event but not replies,
 * so calling {@code sendAndAwait} from a listener is safe.
 *
 * <p><b>Reconnecting.</b> When the socket drops, pending calls fail with {@code disconnected}, the state turns
 * {@link ConnectionState#RECONNECTING}, and the client connects again as its {@link Reconnect} policy says;
 * after each success the {@code onOpen} hook runs again (to log in again). Listeners stay registered. The client
 * stops for good ({@link ConnectionState#CLOSED}) after {@link #close()}, a close with code 1008 from the server,
 * or a handshake refused with HTTP 401 or 403.
 */
public interface KanavaClient extends AutoCloseable {

    /**
     * Connects to a channel. The stage completes once the socket is open and the {@code onOpen} hook's stage has
     * completed. The first connection is not retried: if it fails the stage fails with {@code disconnected}, or
     * {@code unauthenticated}/{@code forbidden} for a handshake refused with HTTP 401/403; if the hook fails the
     * client is closed and the stage fails with the hook's failure.
     *
     * @param channel the channel's URL, e.g. {@code ws://127.0.0.1:8080/app/channels/todos}
     * @param options how to connect and call
     * @return a stage completed with the open client
     */
    static CompletionStage<KanavaClient> connect(URI channel, ClientOptions options) {
        return TyrusKanavaClient.start(
                Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(options, "options"));
    }

    /**
     * Connects to a channel with {@link ClientOptions#defaults()}.
     *
     * @param channel the channel's URL
     * @return a stage completed with the open client
     * @see #connect(URI, ClientOptions)
     */
    static CompletionStage<KanavaClient> connect(URI channel) {
        return connect(channel, ClientOptions.defaults());
    }

    /**
     * Connects to a channel and waits until it is open and the {@code onOpen} hook has completed.
     *
     * @param channel the channel's URL
     * @param options how to connect and call
     * @return the open client
     * @throws KanavaClientException as {@link #connect(URI, ClientOptions)} fails
     */
    static KanavaClient connectAndAwait(URI channel, ClientOptions options) {
        return await(connect(channel, options));
    }

    /**
     * Calls an action: the one primitive every other {@code send} uses.
     *
     * @param action the action's name
     * @param input the call's data, written with JSON-B; {@code null} sends no {@code data}
     * @param replyType what the reply's data binds to; {@code TypeRef.of(Void.class)} for a void action
     * @param timeout how long to wait for the reply
     * @param <T> the reply type
     * @return a stage completed with the reply's data ({@code null} for a void action or a {@code null} reply)
     * @throws jakarta.json.bind.JsonbException if JSON-B cannot write {@code input} (nothing is sent)
     */
    <T> CompletionStage<T> send(String action, Object input, TypeRef<T> replyType, Duration timeout);

    /**
     * Calls an action, waiting for its reply at most the {@linkplain ClientOptions#callTimeout() call timeout}.
     *
     * @param action the action's name
     * @param input the call's data, or {@code null}
     * @param replyType what the reply's data binds to, e.g. {@code new TypeRef<List<Todo>>() {}}
     * @param <T> the reply type
     * @return a stage completed with the reply's data
     */
    default <T> CompletionStage<T> send(String action, Object input, TypeRef<T> replyType) {
        return send(action, input, replyType, options().callTimeout());
    }

    /**
     * Calls an action whose reply binds to a class.
     *
     * @param action the action's name
     * @param input the call's data, or {@code null}
     * @param replyType the reply's class
     * @param <T> the reply type
     * @return a stage completed with the reply's data
     */
    default <T> CompletionStage<T> send(String action, Object input, Class<T> replyType) {
        return send(action, input, TypeRef.of(replyType));
    }

    /**
     * Calls an action whose reply binds to a class, with its own timeout.
     *
     * @param action the action's name
     * @param input the call's data, or {@code null}
     * @param replyType the reply's class
     * @param timeout how long to wait for the reply
     * @param <T> the reply type
     * @return a stage completed with the reply's data
     */
    default <T> CompletionStage<T> send(String action, Object input, Class<T> replyType, Duration timeout) {
        return send(action, input, TypeRef.of(replyType), timeout);
    }

    /**
     * Calls a void action: the stage completes with {@code null} once the server answered without error.
     *
     * @param action the action's name
     * @param input the call's data, or {@code null}
     * @return a stage completed when the reply arrives
     */
    default CompletionStage<Void> send(String action, Object input) {
        return send(action, input, Void.class);
    }

    /**
     * Calls an action and waits for its reply, at most the call timeout.
     *
     * @param action the action's name
     * @param input the call's data, or {@code null}
     * @param replyType the reply's class
     * @param <T> the reply type
     * @return the reply's data
     * @throws KanavaClientException if the call failed
     */
    default <T> T sendAndAwait(String action, Object input, Class<T> replyType) {
        return await(send(action, input, replyType));
    }

    /**
     * Calls an action with a generic reply type and waits for its reply, at most the call timeout.
     *
     * @param action the action's name
     * @param input the call's data, or {@code null}
     * @param replyType what the reply's data binds to
     * @param <T> the reply type
     * @return the reply's data
     * @throws KanavaClientException if the call failed
     */
    default <T> T sendAndAwait(String action, Object input, TypeRef<T> replyType) {
        return await(send(action, input, replyType));
    }

    /**
     * Calls a void action and waits for its reply, at most the call timeout.
     *
     * @param action the action's name
     * @param input the call's data, or {@code null}
     * @throws KanavaClientException if the call failed
     */
    default void sendAndAwait(String action, Object input) {
        await(send(action, input));
    }

    /**
     * Listens to an event: the listener gets the data of every {@code {"event": event, "data": …}} frame, bound
     * to {@code type}, on the callback thread, across reconnects. Which events arrive is the server's decision.
     * Data that does not bind is logged and skipped.
     *
     * @param event the event's name, e.g. {@code todos:updated}
     * @param type what the event's data binds to
     * @param listener called with each event's data
     * @param <T> the data type
     * @return the registration; closing it removes the listener
     */
    <T> Subscription subscribe(String event, TypeRef<T> type, Consumer<? super T> listener);

    /**
     * Listens to an event whose data binds to a class.
     *
     * @param event the event's name
     * @param type the data's class
     * @param listener called with each event's data
     * @param <T> the data type
     * @return the registration; closing it removes the listener
     */
    default <T> Subscription subscribe(String event, Class<T> type, Consumer<? super T> listener) {
        return subscribe(event, TypeRef.of(type), listener);
    }

    /**
     * Where the connection stands now.
     *
     * @return the current state
     */
    ConnectionState state();

    /**
     * Listens to state changes; the listener gets each new state, in order, on the callback thread.
     *
     * @param listener called with every state the client enters after registration
     * @return the registration; closing it removes the listener
     */
    Subscription onStateChange(Consumer<ConnectionState> listener);

    /**
     * The options this client was connected with.
     *
     * @return the options
     */
    ClientOptions options();

    /**
     * Closes the connection with 1000 (normal closure) and stops for good: pending calls fail with
     * {@code disconnected}, no reconnect follows, and the client's threads end. Closing twice does nothing.
     */
    @Override
    void close();

    private static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof KanavaClientException known) {
                throw known;
            }
            throw failure;
        }
    }
}
