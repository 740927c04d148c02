package io.kanava.tck.events;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Channel middleware sees every outgoing event: global middleware first, then inline middleware in order; it can
 * transform, fan out and drop. Replies bypass it.
 */
public class ChannelMiddlewareTest extends EventsScenario {

    private static List<String> trailOf(JsonObject event) {
        return event.getJsonObject("data").getJsonArray("trail").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    @Test
    public void transformsEventsRunningGlobalMiddlewareBeforeInline() throws Exception {
        try (WireClient reader = connect("feed");
                WireClient writer = connect("news")) {
            subscribe(reader, "feed:plain");
            publish(writer, "feed:plain", "morning");
            JsonObject event = reader.next();
            assertEquals("morning", event.getJsonObject("data").getString("text"));
            assertEquals(List.of("global", "inline"), trailOf(event));
        }
    }

    @Test
    public void fansOneEventOutIntoTwo() throws Exception {
        try (WireClient reader = connect("feed");
                WireClient writer = connect("news")) {
            subscribe(reader, "feed:double");
            publish(writer, "feed:double", "twice");
            assertEquals("feed:double", reader.next().getString("event"));
            assertEquals("feed:double-copy", reader.next().getString("event"));
        }
    }

    @Test
    public void deliversAnEventOfTheApplicationsOwnTypeThatAMiddlewareForwards() throws Exception {
        try (WireClient reader = connect("feed");
                WireClient writer = connect("news")) {
            subscribe(reader, "feed:own");
            publish(writer, "feed:own", "home-made");
            JsonObject event = reader.next();
            assertEquals("feed:own-made", event.getString("event"), event::toString);
            assertEquals("home-made", event.getJsonObject("data").getString("text"));
            assertEquals(List.of("global", "inline"), trailOf(event));
        }
    }

    @Test
    public void dropsTheEventsAMiddlewareWithholds() throws Exception {
        try (WireClient reader = connect("feed");
                WireClient writer = connect("news")) {
            subscribe(reader, "feed:memo");
            publish(writer, "feed:memo", "internal memo");
            publish(writer, "feed:memo", "public memo");
            assertEquals("public memo", reader.next().getJsonObject("data").getString("text"));
        }
    }

    @Test
    public void letsRepliesBypassMiddleware() throws Exception {
        try (WireClient client = connect("feed")) {
            JsonObject reply = call(client, "publish", "feed:nobody", "x", 0, 0);
            assertReply(reply, "publish");
            assertFalse(reply.toString().contains("trail"), reply::toString);
        }
    }
}
