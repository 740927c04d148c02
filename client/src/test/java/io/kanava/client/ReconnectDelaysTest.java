package io.kanava.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconnectDelaysTest {

    private static final int SAMPLES = 500;
    private final Reconnect policy = Reconnect.exponential(Duration.ofMillis(100), Duration.ofSeconds(1));

    @Test
    void eachDelayStaysWithinTheDoubledBoundAndTheCap() {
        for (int attempt = 0; attempt < 40; attempt++) {
            long bound = Math.min(1_000, 100L << Math.min(attempt, 10));
            for (Duration delay : samples(attempt)) {
                assertTrue(!delay.isNegative() && delay.toMillis() <= bound, attempt + ": " + delay);
            }
        }
    }

    @Test
    void delaysSpreadOverTheWholeRangeWithFullJitter() {
        List<Duration> delays = samples(3);

        assertTrue(delays.stream().anyMatch(delay -> delay.toMillis() < 200), "some short waits");
        assertTrue(delays.stream().anyMatch(delay -> delay.toMillis() > 600), "some long waits");
    }

    @Test
    void laterAttemptsWaitLongerOnAverage() {
        double first = average(samples(0));
        double fourth = average(samples(3));

        assertTrue(fourth > 3 * first, first + " then " + fourth);
    }

    @Test
    void neverGivesNoDelay() {
        assertEquals(Optional.empty(), Reconnect.never().delayBefore(0));
    }

    @Test
    void rejectsAZeroInitialDelayOrACapBelowIt() {
        assertThrows(IllegalArgumentException.class, () -> Reconnect.exponential(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> Reconnect.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    private List<Duration> samples(int attempt) {
        return IntStream.range(0, SAMPLES)
                .mapToObj(n -> policy.delayBefore(attempt).orElseThrow())
                .toList();
    }

    private static double average(List<Duration> delays) {
        return delays.stream().mapToLong(Duration::toMillis).average().orElseThrow();
    }
}
