package io.kanava.impl.metrics;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsExportTest {

    private static MetricsExport read(String value) {
        Map<String, String> settings = value == null ? Map.of() : Map.of(MetricsExport.PARAMETER, value);
        return MetricsExport.of(settings::get);
    }

    @Test
    void metricsArePublishedOverJmxUnlessTheApplicationSaysOtherwise() {
        assertEquals(MetricsExport.JMX, read(null));
        assertEquals(MetricsExport.JMX, read(" "));
        assertEquals(MetricsExport.JMX, read("jmx"));
    }

    @Test
    void offTurnsThemOffWhateverItsCase() {
        assertEquals(MetricsExport.OFF, read("off"));
        assertEquals(MetricsExport.OFF, read(" OFF "));
    }

    @Test
    void anyOtherValueFailsTheDeploymentNamingTheSettingAndTheChoices() {
        KanavaException refused = assertThrows(KanavaException.class, () -> read("prometheus"));

        assertEquals("KNV1037", refused.code());
        assertTrue(refused.getMessage().contains("kanava.metrics"), refused.getMessage());
        assertTrue(refused.getMessage().contains("'prometheus'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("jmx, off"), refused.getMessage());
    }
}
