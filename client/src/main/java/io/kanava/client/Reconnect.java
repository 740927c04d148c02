package io.kanava.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a {@link KanavaClient} connects again after its socket dropped: never, or with exponential back-off and full
 * jitter. Before attempt {@code n} (counting from 0) the client waits a random time between zero and
 * {@code min(max, initial × 2ⁿ)}; the count starts again after every successful connection.
 *
 * <p>Whatever the policy, a client does not reconnect after {@link KanavaClient#close()}, after the server closed
 * the connection with 1008 (policy violation: credentials expired or revoked, the connection refused by the
 * application, sustained abuse), or after the server refused a handshake with HTTP 401 or 403: connecting again
 * would be refused the same way, so the client goes {@link ConnectionState#CLOSED} instead. Any other failure to
 * connect (nothing listening, a 404, a 503) is followed by the next attempt.
 */
public final class Reconnect {

    private static final Reconnect NEVER = new Reconnect(Duration.ZERO, Duration.ZERO);

    private final Duration initial;
    private final Duration max;

    private Reconnect(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /**
     * Reconnects with exponential back-off and full jitter. The client's default is
     * {@code exponential(Duration.ofMillis(500), Duration.ofSeconds(30))}.
     *
     * @param initial the bound of the first wait; at least 1 ms
     * @param max the bound no wait exceeds; at least {@code initial}
     * @return the policy
     * @throws IllegalArgumentException if {@code initial} is under 1 ms or {@code max} is less than it
     */
    public static Reconnect exponential(Duration initial, Duration max) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.toMillis() < 1 || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException(
                    "Reconnect.exponential needs 1 ms <= initial <= max; got initial " + initial + " and max " + max);
        }
        return new Reconnect(initial, max);
    }

    /**
     * Never reconnects: when the socket drops the client goes {@link ConnectionState#CLOSED}.
     *
     * @return the policy
     */
    public static Reconnect never() {
        return NEVER;
    }

    /**
     * The wait before attempt {@code attempt}, or empty if the client should not try again.
     *
     * @param attempt how many attempts failed since the connection was last open, from 0
     * @return a random wait within this policy's bound for that attempt
     */
    Optional<Duration> delayBefore(int attempt) {
        if (this == NEVER) {
            return Optional.empty();
        }
        long cap = max.toMillis();
        long bound = initial.toMillis();
        for (int doubled = 0; doubled < attempt && bound < cap; doubled++) {
            bound = bound > cap / 2 ? cap : bound * 2;
        }
        return Optional.of(Duration.ofMillis(ThreadLocalRandom.current().nextLong(bound + 1)));
    }

    @Override
    public String toString() {
        return this == NEVER ? "Reconnect.never()" : "Reconnect.exponential(" + initial + ", " + max + ")";
    }
}
