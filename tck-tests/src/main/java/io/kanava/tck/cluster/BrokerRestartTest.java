package io.kanava.tck.cluster;

import java.time.Duration;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.jms.OrderedEvents;
import io.kanava.tck.jms.SharedBroker;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker the nodes share goes away and comes back while clients stay connected. During the outage a publish
 * fails at once with an error frame and the connection goes on working; once the broker is back, both nodes
 * reconnect by themselves and events flow between them again over the same WebSockets.
 */
public class BrokerRestartTest extends ClusterScenario {

    /** How long the nodes may take to find the broker again after it accepts connections. */
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    private static final String TOPIC = "cluster:restart";

    @Test
    public void eventsFlowAgainBetweenTheNodesAfterTheBrokerRestarts() throws Exception {
        SharedBroker broker = SharedBroker.ofRunner();
        try (WireClient onA = news(nodeA);
                WireClient onB = news(nodeB);
                WireClient writerOnA = news(nodeA);
                WireClient writerOnB = news(nodeB)) {
            subscribe(onA, TOPIC);
            subscribe(onB, TOPIC);
            OrderedEvents.publish(writerOnA, TOPIC, 5);
            OrderedEvents.assertReceivedOnceInOrder(onB, 5);
            OrderedEvents.assertReceivedOnceInOrder(onA, 5);

            broker.stop();
            try {
                long before = System.nanoTime();
                JsonObject refused = writerOnA.call(publish("during the outage"));
                assertError(refused, "internal");
                assertTrue(
                        Duration.ofNanos(System.nanoTime() - before).compareTo(WireClient.TIMEOUT) < 0,
                        "the publish during the outage came back within the kit's timeout");
                assertFalse(
                        onA.poll(Duration.ofMillis(500)).isPresent(),
                        "an event refused by the broker " + "reached no subscriber on its own node");
            } finally {
                broker.start();
            }

            awaitFlow(writerOnA, onB, onA);
            awaitFlow(writerOnB, onA, onB);

            OrderedEvents.publish(writerOnA, TOPIC, 20);
            OrderedEvents.assertReceivedOnceInOrder(onB, 20);
            OrderedEvents.assertReceivedOnceInOrder(onA, 20);
            OrderedEvents.publish(writerOnB, TOPIC, 20);
            OrderedEvents.assertReceivedOnceInOrder(onA, 20);
            OrderedEvents.assertReceivedOnceInOrder(onB, 20);
        }
    }

    /**
     * Publishes probes from one node until one reaches the other node's subscriber, then reads both subscribers
     * until they are quiet, so that what follows starts from empty queues.
     */
    private static void awaitFlow(WireClient writer, WireClient remote, WireClient local) throws Exception {
        await("an event crosses between the nodes after the broker's return")
                .atMost(RECOVERY)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> probeCrosses(writer, remote));
        drain(remote);
        drain(local);
    }

    /** Publishes one probe; it crosses when the broker took it and the other node's subscriber got it. */
    private static boolean probeCrosses(WireClient writer, WireClient remote) throws Exception {
        JsonObject reply = writer.call(publish("probe"));
        return !reply.containsKey("error")
                && remote.poll(Duration.ofMillis(500)).isPresent();
    }

    private static void drain(WireClient client) throws InterruptedException {
        Optional<JsonObject> frame;
        while ((frame = client.poll(Duration.ofSeconds(1))).isPresent()) {
            JsonObject event = frame.get();
            assertEquals(TOPIC, event.getString("event", null), event::toString);
            assertTrue(event.getJsonObject("data").getString("text").startsWith("probe"), event::toString);
        }
    }

    private static String publish(String text) {
        return "{\"id\":\"p\",\"action\":\"publish\",\"data\":{\"topic\":\"" + TOPIC + "\",\"text\":\"" + text + "\"}}";
    }
}
