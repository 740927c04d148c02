package io.kanava.benchmarks.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Calls in a closed loop: every connection keeps a fixed number of {@code echo} calls in flight and sends the next
 * as soon as a reply arrives. After a warm-up it counts the replies of a measured window, their latency, and the
 * server's CPU time over that window; then it stops calling and lets the calls in flight finish.
 */
final class CallLoad {

    private static final int MAX_SAMPLES = 4_000_000;

    private enum Phase {
        WARM_UP,
        MEASURE,
        STOP
    }

    private final int connections;
    private final int inFlight;

    /**
     * Describes the load.
     *
     * @param connections the connections calling at once
     * @param inFlight the calls each keeps in flight
     */
    CallLoad(int connections, int inFlight) {
        this.connections = connections;
        this.inFlight = inFlight;
    }

    /**
     * Runs the load against one endpoint.
     *
     * @param uri the endpoint
     * @param server the server, for its CPU time
     * @param warmUp how long to call before measuring
     * @param measured how long to measure
     * @return the figures of the measured window
     * @throws Exception when a connection cannot be opened
     */
    Figures run(URI uri, ServerProcess server, Duration warmUp, Duration measured) throws Exception {
        Latencies latencies = new Latencies(MAX_SAMPLES);
        AtomicLong ids = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(connections * inFlight);
        AtomicReference<Phase> phase = new AtomicReference<>(Phase.WARM_UP);
        HttpClient http = HttpClient.newHttpClient();
        List<LoadConnection> open = new ArrayList<>();
        try {
            for (int c = 0; c < connections; c++) {
                LoadConnection[] self = new LoadConnection[1];
                self[0] = LoadConnection.open(http, uri, reply -> {
                    long sent = SentTime.in(reply);
                    Phase now = phase.get();
                    if (now == Phase.MEASURE && sent > 0) {
                        latencies.record(System.nanoTime() - sent);
                    }
                    if (now == Phase.STOP || latencies.count() >= MAX_SAMPLES) {
                        finished.countDown();
                    } else {
                        self[0].send(SentTime.call(ids.incrementAndGet(), "echo", "hello"));
                    }
                });
                open.add(self[0]);
            }
            for (LoadConnection connection : open) {
                for (int i = 0; i < inFlight; i++) {
                    connection.send(SentTime.call(ids.incrementAndGet(), "echo", "hello"));
                }
            }
            Thread.sleep(warmUp.toMillis());
            long cpuBefore = server.cpuNanos();
            long started = System.nanoTime();
            phase.set(Phase.MEASURE);
            Thread.sleep(measured.toMillis());
            phase.set(Phase.STOP);
            long cpu = server.cpuNanos() - cpuBefore;
            long elapsed = System.nanoTime() - started;
            boolean drained = finished.await(30, TimeUnit.SECONDS);
            return new Figures(
                    latencies.count(),
                    cpu,
                    elapsed,
                    latencies.percentileMicros(50),
                    latencies.percentileMicros(99),
                    drained);
        } finally {
            open.forEach(LoadConnection::close);
        }
    }

    /**
     * What one measured window of calls showed.
     *
     * @param calls replies received in the window
     * @param cpuNanos the server's CPU time over the window
     * @param elapsedNanos the window's length
     * @param p50Micros median call latency
     * @param p99Micros 99th percentile call latency
     * @param drained whether every call in flight was answered after the window
     */
    record Figures(long calls, long cpuNanos, long elapsedNanos, long p50Micros, long p99Micros, boolean drained) {

        double cpuMicrosPerCall() {
            return calls == 0 ? Double.NaN : cpuNanos / 1_000.0 / calls;
        }

        double callsPerSecond() {
            return calls * 1e9 / elapsedNanos;
        }
    }
}
