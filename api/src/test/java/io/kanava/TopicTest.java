package io.kanava;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A typed topic is its name with the type of its data; the hub and channels take it where they take a name. */
class TopicTest {

    record Headline(String text) {}

    static final Topic<Headline> HEADLINES = Topic.of("news:headlines", Headline.class);

    /** Records what reaches the hub's methods that take names. */
    static final class NamedHub implements EventHub {

        final List<String> calls = new ArrayList<>();

        @Override
        public void publish(String topic, Object data, Connection except) {
            calls.add("publish " + topic + " " + data + " except " + except);
        }

        @Override
        public void subscribe(String topic, Connection connection) {
            calls.add("subscribe " + topic);
        }

        @Override
        public void unsubscribe(String topic, Connection connection) {
            calls.add("unsubscribe " + topic);
        }

        @Override
        public void disconnect(String subject, String reason) {
            calls.add("disconnect " + subject);
        }

        @Override
        public <T> Subscription subscribe(String topic, Class<T> type, EventListener<T> listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Subscription subscribe(Topic<T> topic, EventListener<T> listener) {
            calls.add("listen " + topic.name() + " as " + topic.type().getTypeName());
            return () -> {};
        }

        @Override
        public int subscriberCount(String topic) {
            calls.add("count " + topic);
            return 3;
        }
    }

    @Test
    void aTopicIsItsNameAndTheTypeOfItsData() {
        assertEquals("news:headlines", HEADLINES.name());
        assertEquals(Headline.class, HEADLINES.type());
        assertEquals(HEADLINES, Topic.of("news:headlines", Headline.class));
        assertNotEquals(HEADLINES, Topic.of("news:headlines", String.class));
        Type list = Topic.of("news:digest", DataType.listOf(Headline.class)).type();
        assertEquals(DataType.listOf(Headline.class).type(), list);
    }

    @Test
    void theHubTakesATypedTopicWhereItTakesItsName() {
        NamedHub hub = new NamedHub();
        hub.publish(HEADLINES, new Headline("Hi"));
        hub.subscribe(HEADLINES, (Connection) null);
        hub.unsubscribe(HEADLINES, (Connection) null);
        hub.subscribe(HEADLINES, (name, headline) -> {});
        assertEquals(3, hub.subscriberCount(HEADLINES));
        assertEquals(
                List.of(
                        "publish news:headlines Headline[text=Hi] except null",
                        "subscribe news:headlines",
                        "unsubscribe news:headlines",
                        "listen news:headlines as io.kanava.TopicTest$Headline",
                        "count news:headlines"),
                hub.calls);
    }

    @Test
    void aChannelDeclaresTheEventOfATypedTopic() {
        ChannelDefinition channel =
                ChannelDefinition.builder("news").event(HEADLINES).build();
        assertSame(Headline.class, channel.events().get("news:headlines"));
        assertNull(channel.events().get("news:other"));
    }
}
