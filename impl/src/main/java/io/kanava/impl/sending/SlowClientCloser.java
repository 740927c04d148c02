package io.kanava.impl.sending;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closes a connection that reads too slowly so that its client can still learn why. Closing while a frame is still
 * being written loses the close frame on Payara: Tyrus queues it behind that frame and ends the connection at once,
 * so the client saw its connection drop (1006) instead of 1013. Instead the frames not yet started are dropped, and
 * the close runs when the write in progress ends, or when the grace period runs out, whichever comes first.
 */
public final class SlowClientCloser {

    /** How long after it is given up a connection may take to finish the frame in progress. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    /** The setting of the grace, in seconds. */
    public static final String GRACE_PARAMETER = "kanava.limits.slow-client-grace";

    private final ScheduledExecutorService timer;
    private final Duration grace;
    private final Set<PendingClose> pending = ConcurrentHashMap.newKeySet();

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
        PendingClose once = new PendingClose(close);
        pending.add(once);
        if (!once.scheduleDeadline()) {
            queue.close();
            once.run();
            return;
        }
        queue.abandon(once);
    }

    /**
     * Closes every connection still waiting for its write in progress, as when the application stops.
     */
    public void closeAllNow() {
        for (PendingClose close : pending.toArray(PendingClose[]::new)) {
            close.run();
        }
    }

    /** One connection's close: runs once, whichever comes first, then forgets the connection. */
    private final class PendingClose implements Runnable {
        private final AtomicReference<Runnable> close;
        private volatile ScheduledFuture<?> deadline;

        PendingClose(Runnable close) {
            this.close = new AtomicReference<>(close);
        }

        /** Returns {@code false} when no deadline can be kept: no timer, or the timer refuses work. */
        boolean scheduleDeadline() {
            if (timer == null) {
                return false;
            }
            try {
                deadline = timer.schedule(this, grace.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (RuntimeException stopping) {
                return false; // the application is stopping: no grace can be given
            }
        }

        @Override
        public void run() {
            Runnable action = close.getAndSet(null);
            if (action == null) {
                return;
            }
            pending.remove(this);
            ScheduledFuture<?> scheduled = deadline;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            action.run();
        }
    }
}
