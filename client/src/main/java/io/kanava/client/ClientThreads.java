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
 * A client's two daemon threads: the scheduler (handshakes, call timeouts, reconnect delays) and the callback
 * thread (event and state listeners, the onOpen hook), which runs them one at a time in order. Neither ever reads
 * the socket, so a blocked listener cannot stop a reply from arriving.
 */
final class ClientThreads {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final ScheduledThreadPoolExecutor scheduler;
    private final ThreadPoolExecutor callbacks;

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
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Runs tasks one at a time in order; after {@link #shutdown()} new tasks are dropped. */
    Executor callbacks() {
        return callbacks;
    }

    void schedule(Runnable task, Duration delay) {
        scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Lets the running and queued callbacks finish, drops pending timers, and lets both threads end. */
    void shutdown() {
        scheduler.shutdown();
        callbacks.shutdown();
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
