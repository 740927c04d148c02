package io.kanava.tck.cluster;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.jms.BrokerNodes;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With {@code kanava.jms.order} set to {@code topic}, two nodes whose publishers race on one topic deliver its
 * events in one order on both nodes: the nodes publish into a sequencing queue, and one node at a time forwards a
 * topic's events to the JMS topic. Without it, a JMS topic keeps only each publisher's order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class TopicOrderTest {

    private static final int EACH = 200;

    @ArquillianResource
    @OperateOnDeployment("ordered-a")
    URL nodeA;

    @ArquillianResource
    @OperateOnDeployment("ordered-b")
    URL nodeB;

    @Deployment(name = "ordered-a", testable = false)
    @TargetsContainer(ClusterScenario.A)
    public static WebArchive onNodeA() {
        return application();
    }

    @Deployment(name = "ordered-b", testable = false)
    @TargetsContainer(ClusterScenario.B)
    public static WebArchive onNodeB() {
        return application();
    }

    private static WebArchive application() {
        return BrokerNodes.archive(
                "kit-ordered", "kanava.kit.ordered", KitArchive.parameter("kanava.jms.order", "topic"));
    }

    @Test
    public void publishersRacingOnBothNodesAreSeenInOneOrderOnBoth() throws Exception {
        try (WireClient readerA = ClusterScenario.news(nodeA);
                WireClient readerB = ClusterScenario.news(nodeB);
                WireClient writerA = ClusterScenario.news(nodeA);
                WireClient writerB = ClusterScenario.news(nodeB)) {
            ClusterScenario.subscribe(readerA, "ordered");
            ClusterScenario.subscribe(readerB, "ordered");

            CompletableFuture<Void> fromA = CompletableFuture.runAsync(() -> publish(writerA, "a"));
            CompletableFuture<Void> fromB = CompletableFuture.runAsync(() -> publish(writerB, "b"));
            fromA.get(2, TimeUnit.MINUTES);
            fromB.get(2, TimeUnit.MINUTES);

            List<String> onA = texts(readerA, 2 * EACH);
            List<String> onB = texts(readerB, 2 * EACH);
            assertEquals(onA, onB, "both nodes deliver the topic's events in one order");
            assertEquals(EACH, onA.stream().filter(text -> text.startsWith("a")).count(), "every event of A's writer");
        }
    }

    private static void publish(WireClient writer, String name) {
        try {
            for (int i = 0; i < EACH; i++) {
                JsonObject reply = writer.call("{\"id\":" + i + ",\"action\":\"publish\",\"data\":{\"topic\":"
                        + "\"ordered\",\"text\":\"" + name + i + "\"}}");
                assertReply(reply, "publish");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(WireClient reader, int count) throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(reader.next().getJsonObject("data").getString("text"));
        }
        return texts;
    }
}
