package io.kanava.client;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client's three daemon threads: the dialer (handshakes, which may block up to the connect timeout), the
 * scheduler (call timeouts, reconnect delays), and the callback thread (event and state listeners, the onOpen hook),
 * which runs them one at a time in order. None ever reads the socket, so a blocked listener cannot stop a reply from
 * arriving, and a hanging handshake cannot delay a timeout.
 */
final class ClientThreads {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final ScheduledThreadPoolExecutor scheduler;
    private final ThreadPoolExecutor callbacks;
    private final ThreadPoolExecutor dialer;

    ClientThreads() {
        String prefix = "kanava-client-" + CLIENTS.incrementAndGet();
        scheduler = new ScheduledThreadPoolExecutor(1, daemon(prefix + "-scheduler"));
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        callbacks = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                daemon(prefix + "-callbacks"),
                new ThreadPoolExecutor.DiscardPolicy());
        dialer = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                daemon(prefix + "-dialer"),
                new ThreadPoolExecutor.DiscardPolicy());
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Runs tasks one at a time in order; after {@link #shutdown()} new tasks are dropped. */
    Executor callbacks() {
        return callbacks;
    }

    /** Runs a connection attempt after a delay, on the dialer thread. */
    void dialAfter(Runnable attempt, Duration delay) {
        scheduler.schedule(() -> dialer.execute(attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs a connection attempt now, on the dialer thread. */
    void dial(Runnable attempt) {
        dialer.execute(attempt);
    }

    /**
     * Lets the running and queued callbacks finish, drops pending timers and attempts, interrupts a handshake in
     * progress, and lets the threads end.
     */
    void shutdown() {
        scheduler.shutdown();
        callbacks.shutdown();
        dialer.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
