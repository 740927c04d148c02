package io.kanava.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Calls made while the client is reconnecting: each waits for the next open connection (once its {@code onOpen}
 * hook has settled, so that an in-band login goes first), bounded by its own timeout, as in the TypeScript client.
 */
final class WaitingCalls {

    private final ScheduledExecutorService scheduler;
    private final List<Waiting> waiting = new ArrayList<>();

    WaitingCalls(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Parks a call; it fails with {@code timeout} if no connection takes it within its timeout. */
    CompletableFuture<Object> park(String action, Object input, TypeRef<?> replyType, Duration timeout) {
        Waiting call = new Waiting(action, input, replyType, timeout, System.nanoTime() + timeout.toNanos());
        synchronized (this) {
            waiting.add(call);
        }
        scheduler.schedule(
                () -> {
                    if (remove(call)) {
                        call.reply.completeExceptionally(Messages.timeout(action, timeout));
                    }
                },
                timeout.toNanos(),
                TimeUnit.NANOSECONDS);
        return call.reply;
    }

    /** Hands every waiting call to an open connection, each with what is left of its timeout. */
    void sendAll(Connection open) {
        for (Waiting call : drain()) {
            Duration left = Duration.ofNanos(call.deadline - System.nanoTime());
            open.call(call.action, call.input, call.replyType, left.isNegative() ? Duration.ZERO : left)
                    .whenComplete((value, failure) -> {
                        if (failure == null) {
                            call.reply.complete(value);
                        } else {
                            call.reply.completeExceptionally(failure);
                        }
                    });
        }
    }

    /** Fails every waiting call, when the client stops for good. */
    void failAll(Function<String, KanavaClientException> failure) {
        for (Waiting call : drain()) {
            call.reply.completeExceptionally(failure.apply(call.action));
        }
    }

    private synchronized List<Waiting> drain() {
        List<Waiting> all = List.copyOf(waiting);
        waiting.clear();
        return all;
    }

    private synchronized boolean remove(Waiting call) {
        return waiting.remove(call);
    }

    /** One waiting call. */
    private static final class Waiting {
        private final String action;
        private final Object input;
        private final TypeRef<?> replyType;
        private final Duration timeout;
        private final long deadline;
        private final CompletableFuture<Object> reply = new CompletableFuture<>();

        Waiting(String action, Object input, TypeRef<?> replyType, Duration timeout, long deadline) {
            this.action = action;
            this.input = input;
            this.replyType = replyType;
            this.timeout = timeout;
            this.deadline = deadline;
        }

        @Override
        public String toString() {
            return "waiting call of " + action + " (" + timeout.toMillis() + " ms)";
        }
    }
}
