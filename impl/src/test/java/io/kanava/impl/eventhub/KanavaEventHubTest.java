package io.kanava.impl.eventhub;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kanava.ActionException;
import io.kanava.EventHub;
import io.kanava.KanavaException;
import io.kanava.Subscription;
import io.kanava.impl.routing.TestConnection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KanavaEventHubTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final CountingCodec codec = new CountingCodec(JSONB);
    private final KanavaEventHub hub = new KanavaEventHub();
    private final RecordingSubscriber anna = new RecordingSubscriber("anna");
    private final RecordingSubscriber ben = new RecordingSubscriber("ben");

    @AfterAll
    static void closeJsonb() throws Exception {
        JSONB.close();
    }

    @BeforeEach
    void start() {
        hub.codec = codec;
        hub.start();
    }

    @AfterEach
    void stop() {
        hub.stop();
    }

    @Test
    void deliversAnEventToEverySubscriberOfItsTopicAsOneSharedFrame() {
        hub.subscribe("birds", anna);
        hub.subscribe("birds", ben);
        hub.publish("birds", new Sighting("crane", 3));
        assertEquals(List.of("{\"event\":\"birds\",\"data\":{\"bird\":\"crane\",\"count\":3}}"), anna.frames());
        assertSame(anna.events.get(0), ben.events.get(0));
    }

    @Test
    void serialisesEachPublishOnceWhateverTheNumberOfSubscribers() {
        List<RecordingSubscriber> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            RecordingSubscriber subscriber = new RecordingSubscriber("s" + i);
            many.add(subscriber);
            hub.subscribe("birds", subscriber);
        }
        hub.publish("birds", new Sighting("owl", 1));
        assertEquals(1, codec.encodes.get());
        assertEquals(1000, many.stream().mapToInt(s -> s.events.size()).sum());
    }

    @Test
    void countsAndTimesEveryPublishItsTransportTakes() {
        hub.subscribe("birds", anna);
        hub.publish("birds", new Sighting("owl", 1));
        hub.publish("birds", new Sighting("owl", 2));

        assertEquals(2, hub.metrics().getEventsPublished());
        assertEquals(0, hub.metrics().getPublishFailures());
        assertEquals("in-memory", hub.metrics().getLinkState());
        assertTrue(hub.metrics().getPublishTotalMicros() >= hub.metrics().getPublishLongestMicros());
    }

    @Test
    void publishesWithoutCountingWhenMetricsAreOff() {
        hub.metrics().counting(false);
        hub.subscribe("birds", anna);
        hub.publish("birds", new Sighting("owl", 1));

        assertEquals(1, anna.events.size());
        assertEquals(0, hub.metrics().getEventsPublished());
    }

    @Test
    void skipsTheExceptedConnection() {
        hub.subscribe("chat", anna);
        hub.subscribe("chat", ben);
        hub.publish("chat", "hi", anna);
        assertEquals(0, anna.events.size());
        assertEquals(1, ben.events.size());
    }

    @Test
    void deliversNothingAfterUnsubscribeAndForgetsEmptyTopics() {
        hub.subscribe("birds", anna);
        hub.unsubscribe("birds", anna);
        hub.publish("birds", new Sighting("owl", 1));
        assertEquals(0, anna.events.size());
        assertEquals(0, hub.subscriberCount("birds"));
    }

    @Test
    void refusesASubscriptionBeyondTheConnectionsBoundWithItsCodeAndKeepsTheOthers() {
        RecordingSubscriber narrow = new RecordingSubscriber("narrow", 2);
        hub.subscribe("a", narrow);
        hub.subscribe("b", narrow);
        hub.subscribe("b", narrow);

        ActionException refused = assertThrows(ActionException.class, () -> hub.subscribe("c", narrow));
        assertEquals(EventHub.TOO_MANY_SUBSCRIPTIONS, refused.code());
        assertEquals(Set.of("a", "b"), narrow.topics());
        assertEquals(0, hub.subscriberCount("c"));

        hub.unsubscribe("a", narrow);
        hub.subscribe("c", narrow);
        assertEquals(Set.of("b", "c"), narrow.topics());
    }

    @Test
    void closesEveryConnectionOfTheSubjectWith1008AndLeavesTheOthers() {
        List<String> closed = new ArrayList<>();
        TestConnection bob = closable("bob", closed);
        TestConnection bobsPhone = closable("bob", closed);
        TestConnection alice = closable("alice", closed);
        TestConnection anonymous = closable(null, closed);
        hub.connections(action -> List.of(bob, bobsPhone, alice, anonymous).forEach(action));

        hub.disconnect("bob", "logged out everywhere");

        assertEquals(List.of("bob 1008 logged out everywhere", "bob 1008 logged out everywhere"), closed);
    }

    @Test
    void refusesTopicsReservedForTheProtocol() {
        assertEquals(
                "KNV3047",
                assertThrows(KanavaException.class, () -> hub.publish("$kanava:disconnect", "x"))
                        .code());
        assertEquals(
                "KNV3047",
                assertThrows(KanavaException.class, () -> hub.subscribe("$mine", anna))
                        .code());
        assertEquals(0, anna.topics().size());
    }

    private static TestConnection closable(String subject, List<String> closed) {
        return new TestConnection() {
            @Override
            public java.util.Optional<String> subject() {
                return java.util.Optional.ofNullable(subject);
            }

            @Override
            public void close(int code, String reason) {
                closed.add(subject + " " + code + " " + reason);
            }
        };
    }

    @Test
    void endsEverySubscriptionOfAClosedConnection() {
        hub.subscribe("birds", anna);
        hub.subscribe("chat", anna);
        hub.subscribe("chat", ben);
        hub.closed(anna);
        hub.publish("birds", "x");
        hub.publish("chat", "y");
        assertEquals(0, anna.events.size());
        assertEquals(1, hub.subscriberCount("chat"));
        assertEquals(0, hub.subscriberCount("birds"));
    }

    @Test
    void givesListenersTheDataBoundToTheirTypeUntilClosed() {
        List<Sighting> seen = new ArrayList<>();
        Subscription subscription = hub.subscribe("birds", Sighting.class, (topic, sighting) -> seen.add(sighting));
        hub.publish("birds", new Sighting("swan", 2));
        subscription.close();
        hub.publish("birds", new Sighting("swan", 3));
        assertEquals(List.of(new Sighting("swan", 2)), seen);
    }

    @Test
    void keepsOtherListenersWhenOneFails() {
        List<String> seen = new ArrayList<>();
        hub.subscribe("birds", String.class, (topic, data) -> {
            throw new IllegalStateException("broken listener");
        });
        hub.subscribe("birds", String.class, (topic, data) -> seen.add(data));
        hub.publish("birds", "heron");
        assertEquals(List.of("heron"), seen);
    }

    @Test
    void refusesAConnectionItDidNotCreate() {
        var failure = assertThrows(KanavaException.class, () -> hub.subscribe("birds", new TestConnection()));
        assertEquals("KNV3016", failure.code());
    }

    @Test
    void leavesNoSubscriberBehindUnderConcurrentSubscribeAndClose() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            pool.execute(() -> {
                for (int i = 0; i < 500; i++) {
                    RecordingSubscriber subscriber = new RecordingSubscriber(thread + ":" + i);
                    hub.subscribe("busy", subscriber);
                    hub.publish("busy", i);
                    hub.closed(subscriber);
                }
                done.countDown();
            });
        }
        try {
            assertEquals(true, done.await(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdown();
        }
        assertEquals(0, hub.subscriberCount("busy"));
    }

    @Test
    void leavesNothingSubscribedForAConnectionThatHasClosed() {
        RecordingSubscriber gone = new RecordingSubscriber("gone");
        gone.open = false;
        hub.subscribe("birds", gone);
        assertEquals(0, hub.subscriberCount("birds"));
        assertEquals(Set.of(), gone.topics());
    }

    /** A connection closes as {@code ChannelEndpoint} closes it: marked closed, then its subscriptions end. */
    @Test
    void leavesNothingSubscribedWhenASubscribeRacesTheClose() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2_000; i++) {
                RecordingSubscriber subscriber = new RecordingSubscriber("c" + i);
                CountDownLatch start = new CountDownLatch(1);
                Future<?> subscribing = pool.submit(() -> {
                    start.await();
                    hub.subscribe("race", subscriber);
                    return null;
                });
                Future<?> closing = pool.submit(() -> {
                    start.await();
                    subscriber.open = false;
                    hub.closed(subscriber);
                    return null;
                });
                start.countDown();
                subscribing.get(10, TimeUnit.SECONDS);
                closing.get(10, TimeUnit.SECONDS);
                assertEquals(0, hub.subscriberCount("race"), "round " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
