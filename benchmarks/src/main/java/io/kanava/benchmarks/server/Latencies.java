package io.kanava.benchmarks.server;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies recorded from many threads up to a fixed count; the percentiles of those recorded. */
final class Latencies {

    private final long[] nanos;
    private final AtomicInteger recorded = new AtomicInteger();

    /**
     * Makes room for a bounded number of samples; later ones are counted but not kept.
     *
     * @param capacity the most samples kept
     */
    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    /**
     * Records one latency.
     *
     * @param latency nanoseconds
     */
    void record(long latency) {
        int at = recorded.getAndIncrement();
        if (at < nanos.length) {
            nanos[at] = latency;
        }
    }

    /**
     * The number of latencies recorded, kept or not.
     *
     * @return the count
     */
    int count() {
        return recorded.get();
    }

    /**
     * A percentile of the kept samples.
     *
     * @param percent 50 for the median, 99 for the 99th percentile
     * @return microseconds, or {@code 0} when nothing was recorded
     */
    long percentileMicros(double percent) {
        int kept = Math.min(recorded.get(), nanos.length);
        if (kept == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, kept);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100 * kept) - 1;
        return sorted[Math.max(0, Math.min(kept - 1, index))] / 1_000;
    }
}
