package io.kanava.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A call waiting for its reply. Whoever removes it from its connection's table settles it, so it is settled
 * once; settling cancels its timer.
 */
final class PendingCall {

    private final String action;
    private final TypeRef<?> replyType;
    private final CompletableFuture<Object> result = new CompletableFuture<>();
    private volatile Future<?> timer;

    PendingCall(String action, TypeRef<?> replyType) {
        this.action = action;
        this.replyType = replyType;
    }

    String action() {
        return action;
    }

    TypeRef<?> replyType() {
        return replyType;
    }

    /** Completed on the thread that settles the call: keep dependents off it. */
    CompletableFuture<Object> result() {
        return result;
    }

    /**
     * Runs {@code expiry} after {@code timeout} unless the call is settled first.
     *
     * @throws java.util.concurrent.RejectedExecutionException if the scheduler was shut down (the client closed)
     */
    void expireAfter(Duration timeout, ScheduledExecutorService scheduler, Runnable expiry) {
        timer = scheduler.schedule(expiry, timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (result.isDone()) {
            cancelTimer();
        }
    }

    void complete(Object value) {
        cancelTimer();
        result.complete(value);
    }

    void fail(KanavaClientException failure) {
        cancelTimer();
        result.completeExceptionally(failure);
    }

    private void cancelTimer() {
        Future<?> scheduled = timer;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
