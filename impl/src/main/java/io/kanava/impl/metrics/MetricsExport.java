package io.kanava.impl.metrics;

import java.util.Locale;
import java.util.function.UnaryOperator;

import io.kanava.impl.DeploymentMessages;

/**
 * Whether an application's channels and hub keep metrics, as the setting {@value #PARAMETER} chooses. An application
 * that reads none can turn them off: nothing is then counted or timed on a call, a delivery or a publish, and no
 * MBean is registered.
 */
public enum MetricsExport {

    /** Counted, and published as MXBeans on the platform MBean server: the default. */
    JMX,

    /** Neither counted nor published. */
    OFF;

    /** The servlet context parameter (or MicroProfile Config property) that chooses. */
    public static final String PARAMETER = "kanava.metrics";

    /**
     * Reads the application's choice.
     *
     * @param settings the application's settings
     * @return {@link #JMX} unless the setting says {@code off}
     * @throws io.kanava.KanavaException KNV1037 when the setting is neither {@code jmx} nor {@code off}
     */
    public static MetricsExport of(UnaryOperator<String> settings) {
        String chosen = settings.apply(PARAMETER);
        if (chosen == null || chosen.isBlank()) {
            return JMX;
        }
        return switch (chosen.strip().toLowerCase(Locale.ROOT)) {
            case "jmx" -> JMX;
            case "off" -> OFF;
            default -> throw DeploymentMessages.unknownMetricsExport(chosen, PARAMETER, "jmx", "off");
        };
    }
}
