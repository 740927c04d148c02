package io.kanava.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Calls made while the client is connecting again: each waits for the next connection that is ready (its
 * {@code onOpen} hook has settled, so that an in-band login goes first), bounded by its own timeout, as in the
 * TypeScript client. The client parks and sends them under its lock, so none is parked after its batch was sent.
 */
final class WaitingCalls {

    private final ScheduledExecutorService scheduler;
    private final List<Waiting> waiting = new ArrayList<>();

    WaitingCalls(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Parks a call; it fails with {@code timeout} if no connection takes it within its timeout.
     *
     * @param data the input's JSON text, already written
     */
    CompletableFuture<Object> park(String action, String data, TypeRef<?> replyType, Duration timeout) {
        Waiting call = new Waiting(action, data, replyType, System.nanoTime() + timeout.toNanos());
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

    /** Hands every waiting call to a ready connection, in the order they were made, with what is left of each timeout. */
    void sendAll(Connection ready) {
        for (Waiting call : drain()) {
            Duration left = Duration.ofNanos(Math.max(0, call.deadline - System.nanoTime()));
            try {
                ready.call(call.action, call.data, call.replyType, left).whenComplete((value, failure) -> {
                    if (failure == null) {
                        call.reply.complete(value);
                    } else {
                        call.reply.completeExceptionally(failure);
                    }
                });
            } catch (RuntimeException failure) {
                call.reply.completeExceptionally(Messages.sendFailed(call.action, failure));
            }
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
    private record Waiting(
            String action, String data, TypeRef<?> replyType, long deadline, CompletableFuture<Object> reply) {

        Waiting(String action, String data, TypeRef<?> replyType, long deadline) {
            this(action, data, replyType, deadline, new CompletableFuture<>());
        }
    }
}
