package io.kanava.impl.config;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ApplicationSettingsTest {

    private final ApplicationSettings settings = new ApplicationSettings(
            Map.of("kanava.limits.call-burst", "900")::get,
            Map.of("kanava.limits.call-burst", "20", "kanava.limits.calls-per-second", "10")::get);

    @Test
    void microProfileConfigWinsOverAServletContextParameter() {
        assertEquals("900", settings.apply("kanava.limits.call-burst"));
    }

    @Test
    void aServletContextParameterCountsWhereMicroProfileConfigHasNoValue() {
        assertEquals("10", settings.apply("kanava.limits.calls-per-second"));
    }

    @Test
    void aSettingNeitherSetsIsAbsentSoItsDefaultApplies() {
        assertNull(settings.apply("kanava.liveness.timeout"));
    }

    @Test
    void withoutMicroProfileConfigOnTheClassPathOnlyTheParametersCount() {
        ClassLoader bare = new ClassLoader(null) {};
        assertNull(ApplicationSettings.microProfileOf(bare).apply("kanava.limits.call-burst"));
    }
}
