package io.kanava.tck.events;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A connection subscribed to a topic receives what is published on it, as {@code {"event", "data"}} without an id;
 * publish-except skips one connection; {@code connection.send} pushes to one; after unsubscribe nothing arrives.
 */
public class PublishAndSubscribeTest extends EventsScenario {

    @Test
    public void deliversAnEventPublishedByOneClientToAnother() throws Exception {
        try (WireClient reader = connect("news");
                WireClient writer = connect("news")) {
            subscribe(reader, "news:headlines");
            long sequence = publish(writer, "news:headlines", "Cranes are back");
            JsonObject event = reader.next();
            assertEquals("news:headlines", event.getString("event"));
            assertFalse(event.containsKey("id"), event::toString);
            assertEquals("Cranes are back", event.getJsonObject("data").getString("text"));
            assertEquals(
                    sequence,
                    event.getJsonObject("data").getJsonNumber("sequence").longValue());
        }
    }

    @Test
    public void skipsThePublisherWhenPublishingToEveryoneElse() throws Exception {
        try (WireClient reader = connect("news");
                WireClient writer = connect("news")) {
            subscribe(reader, "news:chat");
            subscribe(writer, "news:chat");
            call(writer, "publishExceptMe", "news:chat", "hello all", 0, 0);
            assertEquals("hello all", reader.next().getJsonObject("data").getString("text"));
            JsonObject first = call(writer, "publish", "news:chat", "to me too", 0, 0);
            assertEquals("to me too", first.getJsonObject("data").getString("text"), first::toString);
            assertReply(writer.next(), "publish");
        }
    }

    @Test
    public void pushesDirectlyToOneConnection() throws Exception {
        try (WireClient client = connect("news")) {
            client.send("{\"id\":1,\"action\":\"direct\",\"data\":{\"topic\":\"news:private\",\"text\":\"psst\"}}");
            JsonObject event = client.next();
            assertEquals("news:private", event.getString("event"), event::toString);
            assertEquals("psst", event.getJsonObject("data").getString("text"));
            assertReply(client.next(), "direct");
        }
    }

    @Test
    public void deliversNothingAfterUnsubscribe() throws Exception {
        try (WireClient reader = connect("news");
                WireClient writer = connect("news")) {
            subscribe(reader, "news:sport");
            call(reader, "unsubscribe", "news:sport", "", 0, 0);
            publish(writer, "news:sport", "Final score");
            JsonObject next = reader.call("{\"id\":\"after\",\"action\":\"id\"}");
            assertReply(next, "id");
            assertEquals("after", next.getString("id"));
        }
    }
}
