package io.kanava.impl.eventhub;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransportSettingsTest {

    @Test
    void defaultsToTheInMemoryTransportAndTheContainersFactoryAndTopic() {
        var settings = TransportSettings.read(name -> null);
        assertEquals(
                new TransportSettings(
                        "memory", null, "java:comp/DefaultJMSConnectionFactory", null, null, "kanava.events"),
                settings);
    }

    @Test
    void readsEveryParameterTrimmed() {
        Map<String, String> parameters = Map.of(
                "kanava.eventhub.transport", " jms ",
                "kanava.jms.broker-url", "tcp://127.0.0.1:61616",
                "kanava.jms.user", "u",
                "kanava.jms.password", "p",
                "kanava.jms.topic", "shop.events");
        assertEquals(
                new TransportSettings(
                        "jms",
                        "tcp://127.0.0.1:61616",
                        "java:comp/DefaultJMSConnectionFactory",
                        "u",
                        "p",
                        "shop.events"),
                TransportSettings.read(parameters::get));
    }

    @Test
    void neverPrintsThePassword() {
        TransportSettings settings = new TransportSettings(
                "jms", "tcp://127.0.0.1:61616", "java:comp/DefaultJMSConnectionFactory", "u", "s3cret-pw", "t");

        String printed = settings.toString();

        assertFalse(printed.contains("s3cret-pw"), printed);
        assertTrue(printed.contains("tcp://127.0.0.1:61616"), printed);
    }
}
