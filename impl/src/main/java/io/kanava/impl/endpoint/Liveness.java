package io.kanava.impl.endpoint;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.kanava.impl.DeploymentMessages;
import io.kanava.impl.config.Seconds;

/**
 * Keeps idle connections alive and notices dead ones: a connection the server has heard nothing from (no message,
 * no pong) for the ping interval is pinged, through its single writer; one silent for the timeout is closed with
 * 1001 and ended for the application, so a half-open TCP connection gets its {@code onDisconnect}; one whose frame in
 * progress has been in writing for the timeout is given up too (KNV3050). Sessions are closed on tasks of their own.
 * Pings and their pongs also keep servers' idle read timeouts (WildFly's 90 s) from dropping a client that only
 * listens.
 */
final class Liveness implements AutoCloseable {

    /** Seconds of silence after which a connection is pinged; {@code 0} turns liveness off. */
    static final String INTERVAL_PARAMETER = "kanava.liveness.ping-interval";

    /** Seconds of silence after which a connection is closed. */
    static final String TIMEOUT_PARAMETER = "kanava.liveness.timeout";

    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(25);
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration LONGEST_TICK = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(Liveness.class.getName());

    private final ScheduledFuture<?> ticks;

    private Liveness(ScheduledFuture<?> ticks) {
        this.ticks = ticks;
    }

    /**
     * Starts checking the application's connections.
     *
     * @param settings the interval and timeout
     * @param timer the container's scheduler
     * @param connections the application's open connections
     * @return the running check
     */
    static Liveness start(Settings settings, ScheduledExecutorService timer, OpenConnections connections) {
        long interval = settings.interval().toNanos();
        long timeout = settings.timeout().toNanos();
        long tick = Math.min(interval / 4, LONGEST_TICK.toNanos());
        return new Liveness(timer.scheduleAtFixedRate(
                () -> {
                    long now = System.nanoTime();
                    connections.forEach(connection -> {
                        try {
                            connection.checkLiveness(now, interval, timeout, timer);
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, e, () -> "Checking the liveness of " + connection + " failed");
                        }
                    });
                },
                tick,
                tick,
                TimeUnit.NANOSECONDS));
    }

    @Override
    public void close() {
        ticks.cancel(false);
    }

    /**
     * The liveness settings of an application, from its servlet context parameters.
     *
     * @param interval silence before a ping; zero when liveness is off
     * @param timeout silence before the connection is closed
     */
    record Settings(Duration interval, Duration timeout) {

        boolean on() {
            return !interval.isZero();
        }

        /**
         * Reads the settings.
         *
         * @param parameters the servlet context's init parameters
         * @return the settings
         * @throws io.kanava.KanavaException KNV1031 when a value is not a number of seconds, KNV1032 when the
         *     timeout is not longer than the interval
         */
        static Settings read(UnaryOperator<String> parameters) {
            Duration interval = Seconds.read(parameters, INTERVAL_PARAMETER, DEFAULT_INTERVAL);
            Duration timeout = Seconds.read(parameters, TIMEOUT_PARAMETER, DEFAULT_TIMEOUT);
            if (!interval.isZero() && timeout.compareTo(interval) <= 0) {
                throw DeploymentMessages.invalidLiveness(
                        TIMEOUT_PARAMETER, timeout.toMillis() / 1000.0, interval.toMillis() / 1000.0);
            }
            return new Settings(interval, timeout);
        }
    }
}
