package io.kanava.impl.endpoint;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LivenessSettingsTest {

    @Test
    void pingsAfterTwentyFiveSecondsOfSilenceAndClosesAfterSixtyByDefault() {
        Liveness.Settings settings = Liveness.Settings.read(name -> null);
        assertTrue(settings.on());
        assertEquals(Duration.ofSeconds(25), settings.interval());
        assertEquals(Duration.ofSeconds(60), settings.timeout());
    }

    @Test
    void readsFractionsOfSecondsAndTurnsOffAtZero() {
        Liveness.Settings settings = Liveness.Settings.read(
                Map.of("kanava.liveness.ping-interval", "0.5", "kanava.liveness.timeout", "1.5")::get);
        assertEquals(Duration.ofMillis(500), settings.interval());
        assertEquals(Duration.ofMillis(1500), settings.timeout());
        assertFalse(Liveness.Settings.read(Map.of("kanava.liveness.ping-interval", "0")::get)
                .on());
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-1", "100000"})
    void refusesAValueThatIsNotANumberOfSeconds(String value) {
        KanavaException problem = assertThrows(
                KanavaException.class,
                () -> Liveness.Settings.read(Map.of("kanava.liveness.ping-interval", value)::get));
        assertEquals("KNV1031", problem.code());
    }

    @Test
    void refusesATimeoutNoLongerThanTheInterval() {
        KanavaException problem = assertThrows(
                KanavaException.class,
                () -> Liveness.Settings.read(
                        Map.of("kanava.liveness.ping-interval", "30", "kanava.liveness.timeout", "30")::get));
        assertEquals("KNV1032", problem.code());
    }
}
