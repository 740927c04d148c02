package io.kanava.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code onOpen} hook and what {@code connect} returns: the first run of the hook decides how connecting
 * completes; later runs, after reconnects, only log a failure.
 */
final class OpenHook {

    private static final Logger LOG = Logger.getLogger(OpenHook.class.getName());

    private final Function<KanavaClient, CompletionStage<?>> hook;
    private final CompletableFuture<KanavaClient> connected = new CompletableFuture<>();

    OpenHook(Function<KanavaClient, CompletionStage<?>> hook) {
        this.hook = hook;
    }

    /** Completes with the client once the first connection is open and its hook has completed. */
    CompletableFuture<KanavaClient> connected() {
        return connected;
    }

    /** Whether {@code connect} has completed, one way or the other. */
    boolean settled() {
        return connected.isDone();
    }

    /** Fails {@code connect}, if it has not completed yet. */
    void fail(Throwable failure) {
        connected.completeExceptionally(failure);
    }

    /**
     * Runs the hook for a connection that just opened; a failing first run closes the client.
     *
     * @param view what the hook is given: the client, its calls going straight to the new connection
     * @param client the client, which {@code connect} completes with
     * @return a stage completed once the hook's stage settled, successfully or not
     */
    CompletionStage<?> run(KanavaClient view, KanavaClient client) {
        boolean first = !connected.isDone();
        return hookStage(view).handle((ignored, failure) -> {
            Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
            if (first && cause != null) {
                connected.completeExceptionally(cause);
                client.close();
            } else if (first) {
                connected.complete(client);
            } else if (cause != null) {
                LOG.log(Level.WARNING, cause, () -> "The onOpen hook failed after reconnecting: " + client);
            }
            return null;
        });
    }

    private CompletionStage<?> hookStage(KanavaClient client) {
        try {
            CompletionStage<?> stage = hook.apply(client);
            return stage == null ? CompletableFuture.completedFuture(null) : stage;
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }
}
