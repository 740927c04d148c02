package io.kanava.tck.cluster;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.jms.OrderedEvents;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two WildFly servers run the same application, their EventHubs joined by a topic on the shared broker. An event
 * that a client publishes through an action on one node reaches the subscribers on both nodes, each once and in
 * the order published.
 */
public class CrossNodeDeliveryTest extends ClusterScenario {

    @Test
    public void anEventPublishedOnNodeAReachesAClientOnNodeB() throws Exception {
        try (WireClient onB = news(nodeB);
                WireClient onA = news(nodeA);
                WireClient writer = news(nodeA)) {
            subscribe(onB, "cluster:a-to-b");
            subscribe(onA, "cluster:a-to-b");
            OrderedEvents.publish(writer, "cluster:a-to-b", 50);
            OrderedEvents.assertReceivedOnceInOrder(onB, 50);
            OrderedEvents.assertReceivedOnceInOrder(onA, 50);
        }
    }

    @Test
    public void anEventPublishedOnNodeBReachesAClientOnNodeA() throws Exception {
        try (WireClient onA = news(nodeA);
                WireClient writer = news(nodeB)) {
            subscribe(onA, "cluster:b-to-a");
            OrderedEvents.publish(writer, "cluster:b-to-a", 50);
            OrderedEvents.assertReceivedOnceInOrder(onA, 50);
        }
    }

    @Test
    public void theExceptedConnectionIsSkippedOnItsOwnNodeOnly() throws Exception {
        try (WireClient sender = news(nodeA);
                WireClient onB = news(nodeB)) {
            subscribe(sender, "cluster:except");
            subscribe(onB, "cluster:except");
            JsonObject reply = sender.call(
                    "{\"id\":\"p\",\"action\":\"publishExceptMe\",\"data\":{\"topic\":\"cluster:except\",\"text\":\"hi\"}}");
            assertReply(reply, "publishExceptMe");
            assertEquals("hi", onB.next().getJsonObject("data").getString("text"));
            JsonObject next = sender.call("{\"id\":\"after\",\"action\":\"id\"}");
            assertEquals("after", next.getString("id"), () -> "the sender got its own event: " + next);
        }
    }
}
