package io.kanava.impl.eventhub;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransportSettingsTest {

    @Test
    void defaultsToTheInMemoryTransportAndTheContainersFactoryAndTopic() {
        var settings = TransportSettings.read(name -> null);
        assertEquals(
                new TransportSettings(
                        "memory",
                        null,
                        "java:comp/DefaultJMSConnectionFactory",
                        null,
                        null,
                        "kanava.events",
                        8,
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(2),
                        "publisher"),
                settings);
    }

    @Test
    void readsEveryParameterTrimmed() {
        Map<String, String> parameters = Map.of(
                "kanava.eventhub.transport", " jms ",
                "kanava.jms.broker-url", "tcp://127.0.0.1:61616",
                "kanava.jms.user", "u",
                "kanava.jms.password", "p",
                "kanava.jms.topic", "shop.events",
                "kanava.jms.producers", " 3",
                "kanava.jms.reconnect-max-interval", "30",
                "kanava.jms.order", "topic",
                "kanava.jms.producer-wait", "1.5");
        assertEquals(
                new TransportSettings(
                        "jms",
                        "tcp://127.0.0.1:61616",
                        "java:comp/DefaultJMSConnectionFactory",
                        "u",
                        "p",
                        "shop.events",
                        3,
                        Duration.ofMillis(1500),
                        Duration.ofSeconds(30),
                        "topic"),
                TransportSettings.read(parameters::get));
    }

    @Test
    void refusesAProducerCountBelowOne() {
        var refused = assertThrows(
                KanavaException.class, () -> TransportSettings.read(Map.of("kanava.jms.producers", "0")::get));
        assertEquals("KNV1035", refused.code());
        assertTrue(refused.getMessage().contains("kanava.jms.producers"), refused.getMessage());
    }

    @Test
    void refusesAnUnknownOrder() {
        var refused = assertThrows(
                KanavaException.class, () -> TransportSettings.read(Map.of("kanava.jms.order", "global")::get));
        assertEquals("KNV1036", refused.code());
    }

    @Test
    void neverPrintsThePassword() {
        TransportSettings settings = new TransportSettings(
                "jms",
                "tcp://127.0.0.1:61616",
                "java:comp/DefaultJMSConnectionFactory",
                "u",
                "s3cret-pw",
                "t",
                8,
                Duration.ofSeconds(10),
                Duration.ofSeconds(2),
                "publisher");

        String printed = settings.toString();

        assertFalse(printed.contains("s3cret-pw"), printed);
        assertTrue(printed.contains("tcp://127.0.0.1:61616"), printed);
    }
}
