package io.kanava.impl.sending;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most frames and characters any of the queues sharing this mark held at once. Raising it costs two reads
 * unless the queue is deeper than any before it.
 */
public final class QueueHighWater {

    private final AtomicInteger frames = new AtomicInteger();
    private final AtomicLong chars = new AtomicLong();

    /**
     * Notes a queue's depth.
     *
     * @param queuedFrames the frames it holds
     * @param queuedChars the characters it holds
     */
    void reached(int queuedFrames, long queuedChars) {
        if (queuedFrames > frames.get()) {
            frames.accumulateAndGet(queuedFrames, Math::max);
        }
        if (queuedChars > chars.get()) {
            chars.accumulateAndGet(queuedChars, Math::max);
        }
    }

    /**
     * Returns the most frames held at once.
     *
     * @return the mark in frames
     */
    public int frames() {
        return frames.get();
    }

    /**
     * Returns the most characters held at once.
     *
     * @return the mark in characters
     */
    public long chars() {
        return chars.get();
    }
}
