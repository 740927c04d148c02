package io.kanava.impl.endpoint;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

import io.kanava.ChannelDefinition;
import io.kanava.impl.DeploymentMessages;

/**
 * The rate of one connection's calls, as a token bucket: a burst of calls at once (a client pipelining a few
 * hundred) passes, then calls pass at the sustained rate; a call beyond is refused with {@code rate_limited}. Refused
 * calls are forgiven at the same rate; a client that runs up more than {@link #CLOSE_AFTER} of them, calling far
 * faster than its rate for a while, is closed with 1008. Messages of one connection arrive one at a time.
 */
final class CallRate {

    /** Calls per second a connection may sustain. */
    static final String RATE_PARAMETER = "kanava.limits.calls-per-second";

    /** Calls a connection may make at once. */
    static final String BURST_PARAMETER = "kanava.limits.call-burst";

    static final int DEFAULT_RATE = 100;
    static final int DEFAULT_BURST = 500;

    /** Refused calls, less those forgiven since, after which the connection is closed. */
    static final int CLOSE_AFTER = 100;

    private final double tokensPerNano;
    private final double burst;
    private double tokens;
    private long refilledAt;
    private double refused;

    CallRate(Settings settings, long now) {
        this.tokensPerNano = settings.perSecond() / 1e9;
        this.burst = settings.burst();
        this.tokens = burst;
        this.refilledAt = now;
    }

    /**
     * Decides about one call.
     *
     * @param now the current {@link System#nanoTime()}
     * @return whether it passes, is refused, or ends the connection
     */
    Verdict take(long now) {
        double earned = (now - refilledAt) * tokensPerNano;
        refilledAt = now;
        tokens = Math.min(burst, tokens + earned);
        refused = Math.max(0, refused - earned);
        if (tokens >= 1) {
            tokens -= 1;
            return Verdict.PASS;
        }
        refused += 1;
        return refused > CLOSE_AFTER ? Verdict.CLOSE : Verdict.REFUSE;
    }

    enum Verdict {
        PASS,
        REFUSE,
        CLOSE
    }

    /**
     * An application's call rate, from its servlet context parameters.
     *
     * @param perSecond the sustained rate
     * @param burst the calls at once
     */
    record Settings(int perSecond, int burst) {

        static Settings read(UnaryOperator<String> parameters) {
            return new Settings(
                    positive(parameters, RATE_PARAMETER, DEFAULT_RATE),
                    positive(parameters, BURST_PARAMETER, DEFAULT_BURST));
        }

        private static int positive(UnaryOperator<String> parameters, String name, int fallback) {
            String value = parameters.apply(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int number = new BigDecimal(value.strip()).intValueExact();
                if (number >= 1) {
                    return number;
                }
            } catch (NumberFormatException | ArithmeticException notAWholeNumber) {
                // reported below
            }
            throw DeploymentMessages.invalidCallRate(name, value);
        }

        /**
         * Returns one channel's rate: its own where it sets one, else this.
         *
         * @param channel the channel
         * @return its rate
         */
        Settings of(ChannelDefinition channel) {
            return new Settings(
                    channel.callsPerSecond().orElse(perSecond),
                    channel.callBurst().orElse(burst));
        }
    }
}
