package io.kanava.tck.jms;

import jakarta.json.JsonObject;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Publishes numbered events on the news channel and checks a subscriber got each of them once, in order. */
final class OrderedEvents {

    private OrderedEvents() {}

    static void publish(WireClient writer, String topic, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            writer.call("{\"id\":" + i + ",\"action\":\"publish\",\"data\":{\"topic\":\"" + topic + "\",\"text\":\"n"
                    + i + "\"}}");
        }
    }

    static void assertReceivedOnceInOrder(WireClient reader, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            JsonObject event = reader.next();
            assertEquals("n" + i, event.getJsonObject("data").getString("text"), event::toString);
        }
        JsonObject next = reader.call("{\"id\":\"after\",\"action\":\"id\"}");
        assertReply(next, "id");
        assertEquals("after", next.getString("id"), "no event arrived twice");
    }
}
