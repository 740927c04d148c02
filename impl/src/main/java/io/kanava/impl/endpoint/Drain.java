package io.kanava.impl.endpoint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import io.kanava.impl.config.Counts;
import io.kanava.impl.config.Seconds;

/**
 * Ends an application's connections when it stops, gently: batch after batch, with a pause between batches so a
 * fleet of clients does not reconnect at the same instant; each connection closes with 1001 once what it had queued
 * is written, and one whose call is still in progress once that call has answered, without holding up the batches
 * after it. Past the timeout, the rest close at once.
 */
final class Drain {

    /** The servlet context parameter: how many connections close together. */
    static final String BATCH_PARAMETER = "kanava.drain.batch-size";

    /** The servlet context parameter: seconds between two batches. */
    static final String INTERVAL_PARAMETER = "kanava.drain.batch-interval";

    /** The servlet context parameter: seconds the whole drain may take. */
    static final String TIMEOUT_PARAMETER = "kanava.drain.timeout";

    private static final Duration POLL = Duration.ofMillis(5);

    /** A connection as the drain sees it. */
    interface Member {

        /** Whether an answer of it is still to come. */
        boolean busy();

        /** Closes it once what it had queued is written. */
        void closeGently();

        /** Closes it at once. */
        void closeNow();
    }

    /**
     * How the drain paces itself.
     *
     * @param batchSize how many connections close together
     * @param interval the pause between two batches
     * @param timeout how long the whole drain may take
     */
    record Settings(int batchSize, Duration interval, Duration timeout) {

        static final Settings DEFAULT = new Settings(200, Duration.ofMillis(200), Duration.ofSeconds(15));

        /**
         * Reads the settings.
         *
         * @param parameters the servlet context's init parameters
         * @return the settings
         * @throws io.kanava.KanavaException KNV1035 for a batch size that is not a whole number of at least 1,
         *     KNV1031 for a time that is not a number of seconds
         */
        static Settings read(UnaryOperator<String> parameters) {
            return new Settings(
                    Counts.read(parameters, BATCH_PARAMETER, DEFAULT.batchSize),
                    Seconds.read(parameters, INTERVAL_PARAMETER, DEFAULT.interval),
                    Seconds.read(parameters, TIMEOUT_PARAMETER, DEFAULT.timeout));
        }
    }

    private final Settings settings;

    Drain(Settings settings) {
        this.settings = settings;
    }

    /**
     * Drains the connections, returning once every one has been closed (gently or, past the timeout, at once) and
     * {@code gone} says they have ended, or the timeout has passed.
     *
     * @param members the connections, in the order they close
     * @param gone whether every connection has ended for the application
     */
    void run(List<? extends Member> members, BooleanSupplier gone) throws InterruptedException {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        List<Member> answering = new ArrayList<>();
        for (int from = 0; from < members.size(); from += settings.batchSize()) {
            if (from > 0) {
                pause(System.nanoTime() + settings.interval().toNanos(), deadline, answering);
            }
            for (Member member : members.subList(from, Math.min(members.size(), from + settings.batchSize()))) {
                if (System.nanoTime() >= deadline) {
                    member.closeNow();
                } else if (member.busy()) {
                    answering.add(member);
                } else {
                    member.closeGently();
                }
            }
        }
        pause(deadline, deadline, answering);
        answering.forEach(Member::closeNow);
        while (!gone.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * Waits until a time, or the deadline if that comes sooner, closing each connection whose call has answered
     * meanwhile; waiting for the deadline ends early once none is left.
     */
    private static void pause(long until, long deadline, List<Member> answering) throws InterruptedException {
        long end = Math.min(until, deadline);
        do {
            answering.removeIf(member -> {
                if (member.busy()) {
                    return false;
                }
                member.closeGently();
                return true;
            });
            if (until >= deadline && answering.isEmpty()) {
                return;
            }
            long left = end - System.nanoTime();
            if (left > 0) {
                Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
            }
        } while (System.nanoTime() < end);
    }
}
