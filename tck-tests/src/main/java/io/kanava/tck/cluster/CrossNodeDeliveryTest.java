package io.kanava.tck.cluster;

import java.net.URL;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.jms.OrderedEvents;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.cluster.ClusterNodes.news;
import static io.kanava.tck.cluster.ClusterNodes.subscribe;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two WildFly servers run the same application, their EventHubs joined by a topic on the shared broker. An event
 * that a client publishes through an action on one node reaches the subscribers on both nodes, each once and in
 * the order published.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CrossNodeDeliveryTest {

    @ArquillianResource
    @OperateOnDeployment("on-a")
    URL nodeA;

    @ArquillianResource
    @OperateOnDeployment("on-b")
    URL nodeB;

    @Deployment(name = "on-a", testable = false)
    @TargetsContainer(ClusterNodes.A)
    public static WebArchive onNodeA() {
        return ClusterNodes.application();
    }

    @Deployment(name = "on-b", testable = false)
    @TargetsContainer(ClusterNodes.B)
    public static WebArchive onNodeB() {
        return ClusterNodes.application();
    }

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
