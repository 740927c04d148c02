package io.kanava.client;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * What the {@code onOpen} hook is given: the client, except that its calls go straight to the connection that just
 * opened, while every other call waits until the hook has settled. So an in-band login made by the hook is always
 * the first call on a new connection.
 */
final class HookClient implements KanavaClient {

    private final TyrusKanavaClient client;
    private final Connection connection;

    HookClient(TyrusKanavaClient client, Connection connection) {
        this.client = client;
        this.connection = connection;
    }

    @Override
    public <T> CompletionStage<T> send(String action, Object input, TypeRef<T> replyType, Duration timeout) {
        return client.sendOn(connection, action, input, replyType, timeout);
    }

    @Override
    public <T> Subscription subscribe(String event, TypeRef<T> type, Consumer<? super T> listener) {
        return client.subscribe(event, type, listener);
    }

    @Override
    public ConnectionState state() {
        return client.state();
    }

    @Override
    public Subscription onStateChange(Consumer<ConnectionState> listener) {
        return client.onStateChange(listener);
    }

    @Override
    public ClientOptions options() {
        return client.options();
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return client.toString();
    }
}
