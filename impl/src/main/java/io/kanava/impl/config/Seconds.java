package io.kanava.impl.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.UnaryOperator;

import io.kanava.impl.DeploymentMessages;

/** Reads a setting given in seconds: a number from 0 to 86,400, fractions such as {@code 0.5} allowed. */
public final class Seconds {

    private static final BigDecimal DAY = BigDecimal.valueOf(86_400);

    private Seconds() {}

    /**
     * Reads a duration setting.
     *
     * @param settings the application's settings
     * @param name the setting's name
     * @param fallback the value when it is not set
     * @return the duration
     * @throws io.kanava.KanavaException KNV1031 when the value is not a number of seconds from 0 to 86,400
     */
    public static Duration read(UnaryOperator<String> settings, String name, Duration fallback) {
        String value = settings.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            BigDecimal seconds = new BigDecimal(value.strip());
            if (seconds.signum() >= 0 && seconds.compareTo(DAY) <= 0) {
                return Duration.ofMillis(seconds.movePointRight(3).longValue());
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw DeploymentMessages.invalidSeconds(name, value);
    }
}
