package io.kanava.benchmarks.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events to many subscribers: every subscriber connection calls {@code subscribe}, then one more connection calls
 * {@code publish} at a fixed rate, each note stamped with its send time. Warm-up notes are published first and not
 * counted; of the measured ones, every subscriber should receive every one. It counts deliveries, their latency from
 * the publish call's send to the subscriber's receipt, and the server's CPU time from the first measured publish
 * until the last delivery (or until a drain timeout after the last publish).
 */
final class FanOutLoad {

    private static final String MEASURED = "tick";
    private static final Duration DRAIN = Duration.ofSeconds(10);

    private final int subscribers;
    private final int perSecond;

    /**
     * Describes the load.
     *
     * @param subscribers the subscriber connections
     * @param perSecond the publish rate
     */
    FanOutLoad(int subscribers, int perSecond) {
        this.subscribers = subscribers;
        this.perSecond = perSecond;
    }

    /**
     * Runs the load against one endpoint.
     *
     * @param uri the endpoint
     * @param server the server, for its CPU time
     * @param warmUp how long to publish before measuring
     * @param measured how long to publish measured notes
     * @return the figures of the measured notes
     * @throws Exception when a connection cannot be opened or a subscription is not confirmed
     */
    Figures run(URI uri, ServerProcess server, Duration warmUp, Duration measured) throws Exception {
        int events = (int) (measured.toSeconds() * perSecond);
        long expected = (long) events * subscribers;
        Latencies latencies = new Latencies((int) Math.min(expected, 4_000_000));
        AtomicLong delivered = new AtomicLong();
        CountDownLatch subscribed = new CountDownLatch(subscribers);
        CountDownLatch allDelivered = new CountDownLatch(1);
        Queue<String> refusals = new ConcurrentLinkedQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        List<LoadConnection> open = new ArrayList<>();
        try {
            for (int s = 0; s < subscribers; s++) {
                open.add(LoadConnection.open(http, uri, frame -> {
                    if (!frame.startsWith("{\"event\"")) {
                        if (frame.contains("\"error\"")) {
                            refusals.add(frame);
                        }
                        subscribed.countDown();
                    } else if (frame.contains("\"text\":\"" + MEASURED + "\"")) {
                        latencies.record(System.nanoTime() - SentTime.in(frame));
                        if (delivered.incrementAndGet() == expected) {
                            allDelivered.countDown();
                        }
                    }
                }));
                open.get(s).send("{\"id\":1,\"action\":\"subscribe\"}");
            }
            if (!subscribed.await(60, TimeUnit.SECONDS) || !refusals.isEmpty()) {
                throw new IllegalStateException(
                        subscribed.getCount() + " subscriptions unconfirmed after 60 s, " + refusals.size()
                                + " refused: " + refusals.stream().findFirst().orElse("none"));
            }
            LoadConnection publisher = LoadConnection.open(http, uri, reply -> {});
            open.add(publisher);
            publish(publisher, "warm", (int) (warmUp.toSeconds() * perSecond));
            long cpuBefore = server.cpuNanos();
            publish(publisher, MEASURED, events);
            allDelivered.await(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
            long cpu = server.cpuNanos() - cpuBefore;
            return new Figures(
                    expected, delivered.get(), cpu, latencies.percentileMicros(50), latencies.percentileMicros(99));
        } finally {
            open.forEach(LoadConnection::close);
        }
    }

    /** Publishes a number of notes at the rate, each on its own tick of the clock. */
    private void publish(LoadConnection publisher, String text, int count) throws InterruptedException {
        long interval = 1_000_000_000L / perSecond;
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            publisher.send(SentTime.call(i, "publish", text));
            next += interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }

    /**
     * What the measured notes showed.
     *
     * @param expected deliveries owed: notes times subscribers
     * @param delivered deliveries received
     * @param cpuNanos the server's CPU time while they were published and delivered
     * @param p50Micros median publish-to-receipt latency
     * @param p99Micros 99th percentile publish-to-receipt latency
     */
    record Figures(long expected, long delivered, long cpuNanos, long p50Micros, long p99Micros) {

        double cpuMicrosPerDelivery() {
            return delivered == 0 ? Double.NaN : cpuNanos / 1_000.0 / delivered;
        }

        long lost() {
            return expected - delivered;
        }
    }
}
