package io.kanava.tck.jms;

import java.net.URL;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two applications stand for two nodes: each has its own EventHub, and both share a topic on a standalone ActiveMQ
 * Artemis broker (127.0.0.1:61616, started by the runner) through the Artemis client bundled in the WAR. An event
 * published on one reaches the subscribers of the other through the broker, and every subscriber gets it once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ArtemisClientJmsTransportTest {

    private static final String NODE_A = "node-a";
    private static final String NODE_B = "node-b";

    @ArquillianResource
    @OperateOnDeployment(NODE_A)
    URL nodeA;

    @ArquillianResource
    @OperateOnDeployment(NODE_B)
    URL nodeB;

    @Deployment(name = NODE_A, testable = false)
    public static WebArchive nodeA() {
        return node("kit-jms-node-a");
    }

    @Deployment(name = NODE_B, testable = false)
    public static WebArchive nodeB() {
        return node("kit-jms-node-b");
    }

    private static WebArchive node(String name) {
        return BrokerNodes.archive(name, "kanava.kit.nodes");
    }

    private static WireClient connect(URL node) throws Exception {
        return WireClient.connect(ChannelAddress.of(node, "channels/news"));
    }

    @Test
    public void deliversAnEventPublishedOnOneNodeToSubscribersOfBothOnce() throws Exception {
        try (WireClient onA = connect(nodeA);
                WireClient onB = connect(nodeB);
                WireClient writer = connect(nodeA)) {
            onA.call("{\"id\":1,\"action\":\"subscribe\",\"data\":{\"topic\":\"nodes:news\"}}");
            onB.call("{\"id\":1,\"action\":\"subscribe\",\"data\":{\"topic\":\"nodes:news\"}}");
            OrderedEvents.publish(writer, "nodes:news", 20);
            OrderedEvents.assertReceivedOnceInOrder(onA, 20);
            OrderedEvents.assertReceivedOnceInOrder(onB, 20);
        }
    }

    @Test
    public void carriesEventsBothWays() throws Exception {
        try (WireClient onA = connect(nodeA);
                WireClient onB = connect(nodeB)) {
            onA.call("{\"id\":1,\"action\":\"subscribe\",\"data\":{\"topic\":\"nodes:chat\"}}");
            onB.call("{\"id\":1,\"action\":\"subscribe\",\"data\":{\"topic\":\"nodes:chat\"}}");
            JsonObject own = onB.call("{\"id\":2,\"action\":\"publishExceptMe\",\"data\":{\"topic\":\"nodes:chat\","
                    + "\"text\":\"from b\"}}");
            assertReply(own, "publishExceptMe");
            assertEquals("from b", onA.next().getJsonObject("data").getString("text"));
            onA.call(
                    "{\"id\":3,\"action\":\"publishExceptMe\",\"data\":{\"topic\":\"nodes:chat\",\"text\":\"from a\"}}");
            assertEquals("from a", onB.next().getJsonObject("data").getString("text"));
        }
    }
}
