package io.kanava.impl.eventhub.jms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.jms.ConnectionFactory;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kanava.KanavaException;
import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.impl.eventhub.HubEvent;
import io.kanava.impl.eventhub.KanavaEventHub;
import io.kanava.impl.eventhub.RecordingSubscriber;
import io.kanava.impl.eventhub.jms.JmsTopicEventTransport.Tuning;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two hubs standing for two nodes share events through a real Artemis broker on 127.0.0.1. */
class JmsTopicEventTransportTest {

    private static final long WAIT_MILLIS = 20_000;
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static LoopbackBroker broker;

    private ActiveMQConnectionFactory factoryA;
    private ActiveMQConnectionFactory factoryB;
    private JmsTopicEventTransport transportA;
    private JmsTopicEventTransport transportB;
    private KanavaEventHub nodeA;
    private KanavaEventHub nodeB;
    private final RecordingSubscriber onA = new RecordingSubscriber("on-a");
    private final RecordingSubscriber onB = new RecordingSubscriber("on-b");

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new LoopbackBroker().start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
        JSONB.close();
    }

    @BeforeEach
    void startNodes() throws Exception {
        factoryA = broker.clientFactory();
        factoryB = broker.clientFactory();
        transportA = new JmsTopicEventTransport(factoryA, "kanava.test", Thread::new);
        transportB = new JmsTopicEventTransport(factoryB, "kanava.test", Thread::new);
        nodeA = KanavaEventHub.create(new JsonbPayloadCodec(JSONB), transportA);
        nodeB = KanavaEventHub.create(new JsonbPayloadCodec(JSONB), transportB);
        assertTrue(transportA.awaitConnected(WAIT_MILLIS) && transportB.awaitConnected(WAIT_MILLIS));
        nodeA.subscribe("prices", onA);
        nodeB.subscribe("prices", onB);
    }

    @AfterEach
    void stopNodes() {
        nodeA.stop();
        nodeB.stop();
        factoryA.close();
        factoryB.close();
    }

    private static String textOf(HubEvent event) {
        return event.data().toString();
    }

    private static List<String> texts(List<HubEvent> events) {
        return events.stream().map(JmsTopicEventTransportTest::textOf).toList();
    }

    @Test
    void deliversEventsFromEachNodeToTheOther() throws Exception {
        nodeA.publish("prices", "from a");
        nodeB.publish("prices", "from b");
        assertEquals(
                List.of("\"from a\"", "\"from b\""),
                onB.await(2, WAIT_MILLIS).stream()
                        .map(JmsTopicEventTransportTest::textOf)
                        .sorted()
                        .toList());
        assertEquals(2, onA.await(2, WAIT_MILLIS).size());
    }

    @Test
    void eachNodeHoldsOneBrokerConnectionWhateverItsSubscribers() throws Exception {
        for (int i = 0; i < 10; i++) {
            nodeA.subscribe("prices", new RecordingSubscriber("more-" + i));
        }
        nodeA.publish("prices", "counted");
        onB.await(1, WAIT_MILLIS);
        await("the broker's connections settle")
                .atMost(Duration.ofMillis(WAIT_MILLIS))
                .untilAsserted(() -> assertEquals(2, broker.connectionCount(), "two nodes, one connection each"));
    }

    @Test
    void deliversToThePublishingNodeOnceWhenTheEventComesBackFromTheBroker() throws Exception {
        nodeA.publish("prices", "once");
        nodeB.publish("prices", "after it, from b");

        List<String> expected = List.of("\"once\"", "\"after it, from b\"");
        assertEquals(expected, texts(onA.await(2, WAIT_MILLIS)), "once, then what the broker took after it");
        assertEquals(expected, texts(onB.await(2, WAIT_MILLIS)), "the other node sees the same");
    }

    @Test
    void publishesTakingTurnsBetweenNodesAreSeenInTheirOrderOnEveryNode() throws Exception {
        int turns = 200;
        for (int i = 0; i < turns; i++) {
            (i % 2 == 0 ? nodeA : nodeB).publish("prices", i);
        }
        List<String> inOrder =
                IntStream.range(0, turns).mapToObj(String::valueOf).toList();

        assertEquals(inOrder, texts(onA.await(turns, WAIT_MILLIS)), "on the node of the even turns");
        assertEquals(inOrder, texts(onB.await(turns, WAIT_MILLIS)), "on the node of the odd turns");
    }

    @Test
    void publishersRacingOnBothNodesDoNotWaitForEachOtherAndEachKeepsItsOrderEverywhere() throws Exception {
        int each = 250;
        List<KanavaEventHub> publishers = List.of(nodeA, nodeA, nodeB, nodeB);
        race(publishers, each);
        int total = each * publishers.size();

        List<String> atA = texts(onA.await(total, WAIT_MILLIS));
        List<String> atB = texts(onB.await(total, WAIT_MILLIS));

        assertEquals(total, atA.size());
        assertEquals(Set.copyOf(atA), Set.copyOf(atB), "both nodes see every event once");
        for (List<String> seen : List.of(atA, atB)) {
            for (int p = 0; p < publishers.size(); p++) {
                String prefix = "\"p" + p + "-";
                List<String> own =
                        seen.stream().filter(text -> text.startsWith(prefix)).toList();
                assertEquals(
                        IntStream.range(0, each)
                                .mapToObj(i -> prefix + i + "\"")
                                .toList(),
                        own,
                        "each publisher's events in the order it sent them");
            }
        }
    }

    @Test
    void withTopicOrderEveryNodeSeesRacingPublishersEventsInOneOrder() throws Exception {
        ActiveMQConnectionFactory factoryC = broker.clientFactory();
        ActiveMQConnectionFactory factoryD = broker.clientFactory();
        Tuning sequenced = Tuning.DEFAULT.sequenced(true);
        var transportC = new JmsTopicEventTransport(factoryC, "kanava.ordered", Thread::new, () -> {}, sequenced);
        var transportD = new JmsTopicEventTransport(factoryD, "kanava.ordered", Thread::new, () -> {}, sequenced);
        KanavaEventHub nodeC = KanavaEventHub.create(new JsonbPayloadCodec(JSONB), transportC);
        KanavaEventHub nodeD = KanavaEventHub.create(new JsonbPayloadCodec(JSONB), transportD);
        try {
            assertTrue(transportC.awaitConnected(WAIT_MILLIS) && transportD.awaitConnected(WAIT_MILLIS));
            RecordingSubscriber onC = new RecordingSubscriber("on-c");
            RecordingSubscriber onD = new RecordingSubscriber("on-d");
            nodeC.subscribe("prices", onC);
            nodeD.subscribe("prices", onD);
            int each = 250;
            List<KanavaEventHub> publishers = List.of(nodeC, nodeC, nodeD, nodeD);

            race(publishers, each);

            int total = each * publishers.size();
            List<String> atC = texts(onC.await(total, WAIT_MILLIS));
            List<String> atD = texts(onD.await(total, WAIT_MILLIS));
            assertEquals(total, atC.size());
            assertEquals(atC, atD, "both nodes see the topic's events in one order");
            for (int p = 0; p < publishers.size(); p++) {
                String prefix = "\"p" + p + "-";
                assertEquals(
                        IntStream.range(0, each)
                                .mapToObj(i -> prefix + i + "\"")
                                .toList(),
                        atC.stream().filter(text -> text.startsWith(prefix)).toList(),
                        "each publisher's events in the order it sent them");
            }
        } finally {
            nodeC.stop();
            nodeD.stop();
            factoryC.close();
            factoryD.close();
        }
    }

    @Test
    void refusesOnlyThePublishThatFindsEveryProducerBusyAndKeepsTheLink() throws Exception {
        ActiveMQConnectionFactory factoryC = broker.clientFactory();
        var narrow = new JmsTopicEventTransport(
                factoryC, "kanava.test", Thread::new, () -> {}, new Tuning(1, 200, 2_000, false));
        KanavaEventHub nodeC = KanavaEventHub.create(new JsonbPayloadCodec(JSONB), narrow);
        try (LoggedCodes lost = LoggedCodes.on(JmsTopicEventTransport.class, "KNV3019")) {
            assertTrue(narrow.awaitConnected(WAIT_MILLIS));
            broker.held().hold("slow");
            CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> nodeC.publish("slow", "held"));
            await("the broker holds the slow publish")
                    .atMost(Duration.ofMillis(WAIT_MILLIS))
                    .until(() -> broker.held().holding() == 1);

            var refused = assertThrows(KanavaException.class, () -> nodeC.publish("prices", "no producer free"));

            assertEquals("KNV3018", refused.code());
            assertTrue(refused.getMessage().contains("kanava.jms.producers"), refused.getMessage());
            broker.held().release();
            slow.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            nodeC.publish("prices", "once one is free again");
            assertEquals(List.of("\"once one is free again\""), texts(onB.await(1, WAIT_MILLIS)));
            assertEquals(0, lost.count(), "a busy broker is not a lost one: the link stays");
        } finally {
            broker.held().release();
            nodeC.stop();
            factoryC.close();
        }
    }

    /** Publishers publish their numbered events to {@code prices} at the same time, each from a thread of its own. */
    private static void race(List<KanavaEventHub> publishers, int each) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(publishers.size());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int p = 0; p < publishers.size(); p++) {
                KanavaEventHub node = publishers.get(p);
                String name = "p" + p;
                runs.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        node.publish("prices", name + "-" + i);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aPublishTheBrokerHoldsDoesNotHoldBackTheNodesOtherPublishers() throws Exception {
        broker.held().hold("slow");
        try {
            CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> nodeA.publish("slow", "held"));
            await("the broker holds the slow publish")
                    .atMost(Duration.ofMillis(WAIT_MILLIS))
                    .until(() -> broker.held().holding() == 1);

            nodeA.publish("prices", "not held");

            assertEquals(1, broker.held().holding(), "the other publish returned while the broker held the first");
            broker.held().release();
            slow.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } finally {
            broker.held().release();
        }
        assertEquals(List.of("\"not held\""), texts(onB.await(1, WAIT_MILLIS)));
        assertEquals(2, transportA.producersOpen(), "a second producer was made for the second publisher");
    }

    @Test
    void keepsTheOrderOfAThousandEventsFromOnePublisher() throws Exception {
        for (int i = 0; i < 1000; i++) {
            nodeA.publish("prices", i);
        }
        List<HubEvent> received = onB.await(1000, WAIT_MILLIS);
        assertEquals(1000, received.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(String.valueOf(i), textOf(received.get(i)));
        }
    }

    @Test
    void skipsTheExceptedConnectionOnEveryNode() throws Exception {
        nodeA.publish("prices", "not for b", onB);
        nodeA.publish("prices", "for everyone");
        List<HubEvent> atB = onB.await(1, WAIT_MILLIS);
        assertEquals(
                List.of("\"for everyone\""),
                atB.stream().map(JmsTopicEventTransportTest::textOf).toList());
    }

    @Test
    void failsFastDuringAnOutageAndRecoversWhenTheBrokerReturns() throws Exception {
        try (LoggedCodes lost = LoggedCodes.on(JmsTopicEventTransport.class, "KNV3019");
                LoggedCodes back = LoggedCodes.on(JmsTopicEventTransport.class, "KNV3020")) {
            broker.stop();
            long started = System.nanoTime();
            KanavaException failure = null;
            for (int attempt = 0; attempt < 50 && failure == null; attempt++) {
                try {
                    nodeA.publish("prices", "lost?");
                    onB.await(Integer.MAX_VALUE, 100);
                } catch (KanavaException e) {
                    failure = e;
                }
            }
            assertTrue(failure != null, "a publish during the outage fails");
            assertEquals("KNV3018", failure.code());
            assertEquals("disconnected", nodeA.metrics().getLinkState());
            for (int publish = 0; publish < 20; publish++) {
                var refused = assertThrows(KanavaException.class, () -> nodeA.publish("prices", "still down"));
                assertEquals("KNV3018", refused.code());
            }
            assertTrue((System.nanoTime() - started) / 1_000_000L < WAIT_MILLIS, "the publisher is never blocked long");
            assertEquals(2, lost.await(2, WAIT_MILLIS), "each node logs the outage once, not once per publish");
            int before = onB.events.size();
            broker.start();
            assertTrue(transportA.awaitConnected(WAIT_MILLIS) && transportB.awaitConnected(WAIT_MILLIS), "reconnected");
            assertEquals("connected", nodeA.metrics().getLinkState());
            long published = nodeA.metrics().getEventsPublished();
            nodeA.publish("prices", "after the outage");
            assertEquals(published + 1, nodeA.metrics().getEventsPublished());
            assertTrue(nodeA.metrics().getPublishFailures() >= 21, "every refused publish is counted");
            List<HubEvent> atB = onB.await(before + 1, WAIT_MILLIS);
            assertEquals("\"after the outage\"", textOf(atB.get(atB.size() - 1)));
            assertEquals(2, lost.count(), "one outage, logged once per node");
            assertEquals(2, back.count(), "each node logs its return once");
        }
    }

    @Test
    void aNodeThatStartsBeforeTheBrokerRefusesPublishesThenConnectsWhenItComes() throws Exception {
        try (LoggedCodes lost = LoggedCodes.on(JmsTopicEventTransport.class, "KNV3019")) {
            broker.stop();
            assertEquals(2, lost.await(2, WAIT_MILLIS), "the running nodes noticed the outage");
        }
        ActiveMQConnectionFactory factoryC = broker.clientFactory();
        var transportC = new JmsTopicEventTransport(factoryC, "kanava.test", Thread::new);
        KanavaEventHub nodeC = KanavaEventHub.create(new JsonbPayloadCodec(JSONB), transportC);
        try {
            var refused = assertThrows(KanavaException.class, () -> nodeC.publish("prices", "too early"));
            assertEquals("KNV3018", refused.code());
            broker.start();
            assertTrue(transportC.awaitConnected(WAIT_MILLIS), "connected once the broker came");
            assertTrue(transportB.awaitConnected(WAIT_MILLIS), "the other node is back too");
            int before = onB.events.size();
            nodeC.publish("prices", "from the late node");
            List<HubEvent> atB = onB.await(before + 1, WAIT_MILLIS);
            assertEquals("\"from the late node\"", textOf(atB.get(atB.size() - 1)));
        } finally {
            nodeC.stop();
            factoryC.close();
        }
    }

    @Test
    void ignoresMessagesOnTheTopicThatAreNotEventsAndKeepsItsLink() throws Exception {
        try (LoggedCodes foreign = LoggedCodes.on(JmsTopicEventTransport.class, "KNV3023");
                LoggedCodes lost = LoggedCodes.on(JmsTopicEventTransport.class, "KNV3019");
                var stranger = broker.clientFactory().createContext()) {
            var topic = stranger.createTopic("kanava.test");
            stranger.createProducer().send(topic, "no kanavaTopic property");
            stranger.createProducer().send(topic, new byte[] {1, 2, 3});
            stranger.createProducer().send(topic, "another stranger");
            nodeA.publish("prices", "after the strangers");
            List<HubEvent> atB = onB.await(1, WAIT_MILLIS);
            assertEquals(
                    List.of("\"after the strangers\""),
                    atB.stream().map(JmsTopicEventTransportTest::textOf).toList());
            assertEquals(2, foreign.await(2, WAIT_MILLIS), "each node reports the first stranger once");
            assertEquals(0, lost.count(), "a stranger is not an outage");
        }
    }

    @Test
    void closingEndsItsThreadAndThoseOfTheClientFactoryItOwns() throws Exception {
        Set<Long> before = threadIds();
        ConnectionFactory owned = ArtemisConnectionFactories.create(broker.url(), null, null);
        var transport =
                new JmsTopicEventTransport(owned, "kanava.closing", Thread::new, (AutoCloseable) owned, Tuning.DEFAULT);
        KanavaEventHub node = KanavaEventHub.create(new JsonbPayloadCodec(JSONB), transport);
        assertTrue(transport.awaitConnected(WAIT_MILLIS));
        node.publish("prices", "through pools of its own");
        assertTrue(
                ownThreadsSince(before).stream().anyMatch(name -> name.contains("activemq-client-factory")),
                "the client factory's own threads run while the transport is open");

        node.stop();

        await("the closed transport's threads end")
                .atMost(Duration.ofMillis(WAIT_MILLIS))
                .untilAsserted(() -> assertEquals(
                        List.of(), ownThreadsSince(before), "threads still alive after the transport closed"));
    }

    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19
    private static Set<Long> threadIds() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet());
    }

    /** The consumer thread, and the threads of a client factory with pools of its own (not the global ones). */
    @SuppressWarnings("deprecation")
    private static List<String> ownThreadsSince(Set<Long> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread.getId()))
                .map(Thread::getName)
                .filter(name -> name.equals("kanava-jms-kanava.closing")
                        || name.contains("activemq-client-factory")
                        || name.contains("EventLoopGroup"))
                .sorted()
                .toList();
    }
}
