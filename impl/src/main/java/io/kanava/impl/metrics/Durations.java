package io.kanava.impl.metrics;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many times something took how long: the count, the sum and the longest, in nanoseconds. Recording takes no
 * lock; a reader may see a count and a sum a few recordings apart.
 */
final class Durations {

    private final LongAdder count = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final AtomicLong longest = new AtomicLong();

    /**
     * Records one duration.
     *
     * @param took nanoseconds; negative values (a clock step) count as zero
     */
    void record(long took) {
        long positive = Math.max(0, took);
        count.increment();
        nanos.add(positive);
        if (positive > longest.get()) {
            longest.accumulateAndGet(positive, Math::max);
        }
    }

    long count() {
        return count.sum();
    }

    /** The sum, in microseconds. */
    long totalMicros() {
        return TimeUnit.NANOSECONDS.toMicros(nanos.sum());
    }

    /** The longest, in microseconds. */
    long longestMicros() {
        return TimeUnit.NANOSECONDS.toMicros(longest.get());
    }
}
