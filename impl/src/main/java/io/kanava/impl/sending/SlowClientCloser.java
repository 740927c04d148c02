package io.kanava.impl.sending;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closes a connection that reads too slowly so that its client can still learn why. Closing while a frame is still
 * being written loses the close frame on Payara: Tyrus queues it behind that frame and ends the connection at once,
 * so the client saw its connection drop (1006) instead of 1013. Instead the frames not yet started are dropped, and
 * the close runs when the write in progress ends, or when the grace period runs out, whichever comes first.
 */
public final class SlowClientCloser {

    /** How long a connection may take to finish the frame in progress before it is closed regardless. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    private final ScheduledExecutorService timer;
    private final Duration grace;

    /**
     * Creates a closer.
     *
     * @param timer runs the deadline; {@code null} when the container offers none, and connections then close at
     *     once
     * @param grace how long to wait for the write in progress
     */
    public SlowClientCloser(ScheduledExecutorService timer, Duration grace) {
        this.timer = timer;
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    /**
     * Gives up on a connection's queue and closes the connection once.
     *
     * @param queue the connection's outgoing queue
     * @param close closes the session; runs exactly once
     */
    public void close(OutboundQueue queue, Runnable close) {
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<ScheduledFuture<?>> deadline = new AtomicReference<>();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                ScheduledFuture<?> pending = deadline.get();
                if (pending != null) {
                    pending.cancel(false);
                }
                close.run();
            }
        };
        try {
            if (timer != null) {
                deadline.set(timer.schedule(once, grace.toMillis(), TimeUnit.MILLISECONDS));
                queue.abandon(once);
                return;
            }
        } catch (RejectedExecutionException stopping) {
            // the application is stopping: no deadline can be kept, so no grace is given
        }
        queue.close();
        once.run();
    }
}
