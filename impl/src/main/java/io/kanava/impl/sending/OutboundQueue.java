package io.kanava.impl.sending;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The single writer of one connection: frames from any thread are queued, bounded in count and size, and written
 * one at a time, in order (JSR-356 forbids concurrent sends on one session, and Open Liberty silently drops a
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
    private final Object lock = new Object();
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long queuedChars;
    private boolean writing;
    private boolean closed;

    /**
     * Creates a queue.
     *
     * @param sink where frames are written
     * @param limits the bounds
     * @param overflow what to do when a frame does not fit
     */
    public OutboundQueue(FrameSink sink, OutboundQueueLimits limits, OverflowHandler overflow) {
        this.sink = sink;
        this.limits = limits;
        this.overflow = overflow;
    }

    /**
     * Queues a frame.
     *
     * @param text the frame
     * @param written completed when the frame has been written, or exceptionally when it will not be; may be
     *     {@code null}
     * @return {@code true} if the frame was queued; {@code false} if the queue is closed or full
     */
    public boolean offer(String text, CompletableFuture<Void> written) {
        return enqueue(new Entry(text, written, null));
    }

    /**
     * Runs an action after every frame queued so far has been written, then refuses further frames.
     *
     * @param action the action, typically closing the session
     */
    public void closeAfterDrain(Runnable action) {
        enqueue(new Entry(null, null, action));
    }

    /**
     * Refuses further frames and fails the ones still waiting.
     */
    public void close() {
        ArrayDeque<Entry> dropped;
        synchronized (lock) {
            closed = true;
            dropped = new ArrayDeque<>(entries);
            entries.clear();
            queuedChars = 0;
        }
        dropped.forEach(Entry::abandon);
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

    private boolean enqueue(Entry entry) {
        switch (admit(entry)) {
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

    private Admission admit(Entry entry) {
        synchronized (lock) {
            if (closed) {
                return Admission.CLOSED;
            }
            boolean closing = entry.action != null;
            if (!closing
                    && (entries.size() >= limits.maxFrames() || queuedChars + entry.length() > limits.maxChars())) {
                closed = true;
                return Admission.FULL;
            }
            entries.add(entry);
            queuedChars += entry.length();
            closed = closing;
            if (writing) {
                return Admission.QUEUED;
            }
            writing = true;
            return Admission.WRITER_NEEDED;
        }
    }

    private void writeLoop() {
        while (true) {
            Entry entry;
            synchronized (lock) {
                entry = entries.poll();
                if (entry == null) {
                    writing = false;
                    return;
                }
                queuedChars -= entry.length();
            }
            if (entry.action != null) {
                entry.action.run();
                continue;
            }
            AtomicInteger state = new AtomicInteger(PENDING);
            sink.write(entry.text, failure -> written(entry, failure, state));
            if (state.compareAndSet(PENDING, RETURNED)) {
                return;
            }
        }
    }

    private void written(Entry entry, Throwable failure, AtomicInteger state) {
        entry.finish(failure);
        if (failure != null) {
            close();
        }
        if (!state.compareAndSet(PENDING, COMPLETED)) {
            writeLoop();
        }
    }

    private record Entry(String text, CompletableFuture<Void> written, Runnable action) {

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
