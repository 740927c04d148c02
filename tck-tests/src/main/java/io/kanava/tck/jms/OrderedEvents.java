package io.kanava.tck.jms;

import jakarta.json.JsonObject;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Publishes numbered events on the news channel and checks a subscriber got each of them once, in order. */
public final class OrderedEvents {

    private OrderedEvents() {}

    /**
     * Publishes events {@code n0} to {@code n<count-1>} through the {@code publish} action, one call at a time.
     *
     * @param writer a client of a news channel
     * @param topic the topic
     * @param count how many events
     */
    public static void publish(WireClient writer, String topic, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            JsonObject reply = writer.call("{\"id\":" + i + ",\"action\":\"publish\",\"data\":{\"topic\":\"" + topic
                    + "\",\"text\":\"n" + i + "\"}}");
            assertReply(reply, "publish");
        }
    }

    /**
     * Asserts that the next frames are events {@code n0} to {@code n<count-1>}, in order, and that nothing else
     * follows them before the reply to a later call.
     *
     * @param reader a subscribed client
     * @param count how many events
     */
    public static void assertReceivedOnceInOrder(WireClient reader, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            JsonObject event = reader.next();
            assertEquals("n" + i, event.getJsonObject("data").getString("text"), event::toString);
        }
        JsonObject next = reader.call("{\"id\":\"after\",\"action\":\"id\"}");
        assertReply(next, "id");
        assertEquals("after", next.getString("id"), "no event arrived twice");
    }
}
