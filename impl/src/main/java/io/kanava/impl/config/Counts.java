package io.kanava.impl.config;

import java.util.function.UnaryOperator;

import io.kanava.impl.DeploymentMessages;

/** Reads a setting that counts something: a whole number of at least 1. */
public final class Counts {

    private Counts() {}

    /**
     * Reads a count setting.
     *
     * @param settings the application's settings
     * @param name the setting's name
     * @param fallback the value when it is not set
     * @return the count
     * @throws io.kanava.KanavaException KNV1035 when the value is not a whole number of at least 1
     */
    public static int read(UnaryOperator<String> settings, String name, int fallback) {
        String value = settings.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException notAWholeNumber) {
            // reported below
        }
        throw DeploymentMessages.invalidLimitParameter(name, value, fallback);
    }
}
