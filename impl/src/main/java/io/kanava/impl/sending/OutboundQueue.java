package io.kanava.impl.sending;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import io.kanava.SlowConsumerPolicy;

/**
 * The single writer of one connection: frames from any thread are queued, bounded in count and size, and written
 * one at a time, in order. When a frame does not fit, the policy either reports an overflow (the connection is then
 * closed) or drops the oldest droppable frames (events, never replies) to make room (JSR-356 forbids concurrent sends on one session, and Open Liberty silently drops a
 * second asynchronous send). No lock is held while a frame is written; a write that completes on the calling
 * thread does not recurse.
 */
public final class OutboundQueue {

    /** What the queue does when a frame does not fit. */
    @FunctionalInterface
    public interface OverflowHandler {
        /**
         * Called once, outside the queue's lock, when the queue is full; the queue then refuses every frame.
         *
         * @param frames the frames waiting
         * @param chars the characters waiting
         */
        void overflowed(int frames, long chars);
    }

    private enum Admission {
        CLOSED,
        FULL,
        QUEUED,
        WRITER_NEEDED
    }

    private static final int PENDING = 0;
    private static final int RETURNED = 1;
    private static final int COMPLETED = 2;

    private final FrameSink sink;
    private final OutboundQueueLimits limits;
    private final OverflowHandler overflow;
    private final IntConsumer dropped;
    private final Consumer<Throwable> writeFailed;
    private final QueueHighWater highWater;
    private final Object lock = new Object();
    private final ArrayDeque<Entry> entries = new ArrayDeque<>(2); // grows when needed: most are idle
    private long queuedChars;
    private boolean writing;
    private boolean closed;
    private Runnable whenIdle;
    private boolean abandoned;
    private volatile long writeStartedAt;

    /**
     * Creates a queue.
     *
     * @param sink where frames are written
     * @param limits the bounds
     * @param overflow what to do when a frame does not fit
     */
    public OutboundQueue(FrameSink sink, OutboundQueueLimits limits, OverflowHandler overflow) {
        this(sink, limits, overflow, count -> {});
    }

    /**
     * Creates a queue that reports the frames its policy drops.
     *
     * @param sink where frames are written
     * @param limits the bounds and the policy
     * @param overflow what to do when a frame does not fit and nothing can be dropped
     * @param dropped told, outside the lock, how many frames were dropped to make room
     */
    public OutboundQueue(FrameSink sink, OutboundQueueLimits limits, OverflowHandler overflow, IntConsumer dropped) {
        this(sink, limits, overflow, dropped, failure -> {});
    }

    /**
     * Creates a queue that reports the frames its policy drops and its first failed write.
     *
     * @param sink where frames are written
     * @param limits the bounds and the policy
     * @param overflow what to do when a frame does not fit and nothing can be dropped
     * @param dropped told, outside the lock, how many frames were dropped to make room
     * @param writeFailed told once, outside the lock, when a write fails while the queue was open; the queue is
     *     closed by then, so the connection must end
     */
    public OutboundQueue(
            FrameSink sink,
            OutboundQueueLimits limits,
            OverflowHandler overflow,
            IntConsumer dropped,
            Consumer<Throwable> writeFailed) {
        this(sink, limits, overflow, dropped, writeFailed, new QueueHighWater());
    }

    /**
     * Creates a queue that reports the frames its policy drops, its first failed write, and its depth.
     *
     * @param sink where frames are written
     * @param limits the bounds and the policy when they are reached
     * @param overflow what to do when a frame does not fit and nothing can be dropped
     * @param dropped told, outside the lock, how many frames were dropped to make room
     * @param writeFailed told, once, of the first write that fails; the queue is closed by then
     * @param highWater raised when the queue holds more than it ever did
     */
    public OutboundQueue(
            FrameSink sink,
            OutboundQueueLimits limits,
            OverflowHandler overflow,
            IntConsumer dropped,
            Consumer<Throwable> writeFailed,
            QueueHighWater highWater) {
        this.sink = sink;
        this.limits = limits;
        this.overflow = overflow;
        this.dropped = dropped;
        this.writeFailed = writeFailed;
        this.highWater = highWater;
    }

    /**
     * Queues a frame that must never be dropped, such as a reply.
     *
     * @param text the frame
     * @param written completed when the frame has been written, or exceptionally when it will not be; may be
     *     {@code null}
     * @return {@code true} if the frame was queued; {@code false} if the queue is closed or full
     */
    public boolean offer(String text, CompletableFuture<Void> written) {
        return enqueue(new Entry(text, written, null, false, false));
    }

    /**
     * Queues an event, which the {@link SlowConsumerPolicy#DROP_OLDEST} policy may drop to make room.
     *
     * @param text the frame
     * @param written completed when the frame has been written, or exceptionally when it is dropped; may be
     *     {@code null}
     * @return {@code true} if the frame was queued
     */
    public boolean offerEvent(String text, CompletableFuture<Void> written) {
        return enqueue(new Entry(text, written, null, true, false));
    }

    /**
     * Runs an action after every frame queued so far has been written, then refuses further frames.
     *
     * @param action the action, typically closing the session
     */
    public void closeAfterDrain(Runnable action) {
        enqueue(new Entry(null, null, action, false, true));
    }

    /**
     * Runs a ping through the single writer, between two frames, unless the queue is closed or full: a ping never
     * makes a slow client overflow, it is just not sent.
     *
     * @param ping what sends the ping, on the writer's turn
     * @return {@code true} if the ping was queued
     */
    public boolean offerPing(Runnable ping) {
        return enqueue(new Entry(null, null, ping, true, false));
    }

    /**
     * Gives up on the frames not yet started: refuses further frames, fails the ones waiting, and runs an action
     * once no write is in progress: at once, on the calling thread, if the writer is idle; otherwise when the write
     * in progress ends, on the thread that ends it. A connection closed for reading too slowly uses it so that its
     * close frame is not stuck behind a backlog, and is not cut off mid-frame either. Only the first call counts.
     *
     * @param action the action, typically closing the session; runs once
     */
    public void abandon(Runnable action) {
        List<Entry> dropped;
        boolean idle;
        synchronized (lock) {
            if (abandoned) {
                return;
            }
            abandoned = true;
            dropped = takeWaiting();
            idle = !writing;
            if (!idle) {
                whenIdle = action;
            }
        }
        dropped.forEach(Entry::abandon);
        if (idle) {
            action.run();
        }
    }

    /**
     * Refuses further frames and fails the ones still waiting.
     */
    public void close() {
        List<Entry> dropped;
        synchronized (lock) {
            dropped = takeWaiting();
        }
        dropped.forEach(Entry::abandon);
    }

    /** Closes the queue and takes the frames waiting; called under the lock. */
    private List<Entry> takeWaiting() {
        closed = true;
        List<Entry> waiting = new ArrayList<>(entries);
        entries.clear();
        queuedChars = 0;
        return waiting;
    }

    /**
     * Returns how many frames are waiting.
     *
     * @return the number of queued frames
     */
    public int size() {
        synchronized (lock) {
            return entries.size();
        }
    }

    /**
     * Tells how long the frame being written has been in the container's hands.
     *
     * @param now the current {@link System#nanoTime()}
     * @return nanoseconds since its write began, {@code 0} when no write is in progress
     */
    public long writingFor(long now) {
        long started = writeStartedAt;
        return started == 0 ? 0 : Math.max(0, now - started);
    }

    private boolean enqueue(Entry entry) {
        List<Entry> evicted =
                limits.policy() == SlowConsumerPolicy.DROP_OLDEST ? new ArrayList<>(0) : List.of(); // none to drop
        Admission admission = admit(entry, evicted);
        if (!evicted.isEmpty()) {
            evicted.forEach(Entry::abandon);
            dropped.accept(evicted.size());
        }
        switch (admission) {
            case QUEUED:
                return true;
            case WRITER_NEEDED:
                writeLoop();
                return true;
            case FULL:
                int frames;
                long chars;
                synchronized (lock) {
                    frames = entries.size();
                    chars = queuedChars;
                }
                overflow.overflowed(frames, chars);
                return false;
            default:
                return false;
        }
    }

    private Admission admit(Entry entry, List<Entry> evicted) {
        synchronized (lock) {
            if (closed) {
                return Admission.CLOSED;
            }
            boolean closing = entry.closes;
            if (entry.action != null && !closing && !fits(entry)) {
                return Admission.CLOSED; // a ping that does not fit is not sent
            }
            if (!closing
                    && !fits(entry)
                    && !(limits.policy() == SlowConsumerPolicy.DROP_OLDEST && evictFor(entry, evicted))) {
                closed = true;
                return Admission.FULL;
            }
            entries.add(entry);
            queuedChars += entry.length();
            highWater.reached(entries.size(), queuedChars);
            closed = closing;
            if (writing) {
                return Admission.QUEUED;
            }
            writing = true;
            return Admission.WRITER_NEEDED;
        }
    }

    private boolean fits(Entry entry) {
        return entries.size() < limits.maxFrames() && queuedChars + entry.length() <= limits.maxChars();
    }

    /** Drops the oldest droppable entries until the new one fits; called under the lock. */
    private boolean evictFor(Entry entry, List<Entry> evicted) {
        if (entry.length() > limits.maxChars()) {
            return false;
        }
        Iterator<Entry> oldestFirst = entries.iterator();
        while (!fits(entry) && oldestFirst.hasNext()) {
            Entry candidate = oldestFirst.next();
            if (candidate.droppable) {
                oldestFirst.remove();
                queuedChars -= candidate.length();
                evicted.add(candidate);
            }
        }
        return fits(entry);
    }

    private void writeLoop() {
        while (true) {
            Entry entry;
            Runnable idleAction;
            synchronized (lock) {
                entry = entries.poll();
                idleAction = entry == null ? whenIdle : null;
                if (entry == null) {
                    writing = false;
                    whenIdle = null;
                } else {
                    queuedChars -= entry.length();
                }
            }
            if (entry == null) {
                if (idleAction != null) {
                    idleAction.run();
                }
                return;
            }
            if (entry.action != null) {
                entry.action.run();
                continue;
            }
            AtomicInteger state = new AtomicInteger(PENDING);
            writeStartedAt = System.nanoTime() | 1; // never 0, which means no write in progress
            try {
                sink.write(entry.text, failure -> written(entry, failure, state));
            } catch (RuntimeException refused) {
                written(entry, refused, state); // as a failed write: the queue closes and the writer ends
            }
            if (state.compareAndSet(PENDING, RETURNED)) {
                return;
            }
        }
    }

    private void written(Entry entry, Throwable failure, AtomicInteger state) {
        writeStartedAt = 0;
        entry.finish(failure);
        if (failure != null) {
            boolean wasOpen;
            synchronized (lock) {
                wasOpen = !closed;
            }
            close();
            if (wasOpen) {
                writeFailed.accept(failure);
            }
        }
        if (!state.compareAndSet(PENDING, COMPLETED)) {
            writeLoop();
        }
    }

    private record Entry(
            String text, CompletableFuture<Void> written, Runnable action, boolean droppable, boolean closes) {

        int length() {
            return text == null ? 0 : text.length();
        }

        void finish(Throwable failure) {
            if (written == null) {
                return;
            }
            if (failure == null) {
                written.complete(null);
            } else {
                written.completeExceptionally(failure);
            }
        }

        void abandon() {
            if (written != null) {
                written.completeExceptionally(
                        new IllegalStateException("Connection closed before the frame was written"));
            }
        }
    }
}
