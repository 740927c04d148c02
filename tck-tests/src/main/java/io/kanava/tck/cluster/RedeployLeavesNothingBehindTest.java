package io.kanava.tck.cluster;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployer;
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
import io.kanava.tck.jms.OrderedEvents;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.cluster.ClusterNodes.news;
import static io.kanava.tck.cluster.ClusterNodes.subscribe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application whose EventHub uses the shared broker is deployed, used and undeployed three times on node B.
 * After each undeploy its broker connections are gone, and no thread it started is still alive in the server: not
 * the hub's consumer, not the JMS client's, none whose context class loader is the undeployed application's.
 * A census application that stays deployed on the same node lists the server's threads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class RedeployLeavesNothingBehindTest {

    private static final String CHURN = "kit-churn";
    private static final int CYCLES = 3;

    /** How long an undeployed application's threads and connections may take to end. */
    private static final Duration SETTLE = Duration.ofSeconds(30);

    @ArquillianResource
    @OperateOnDeployment("census")
    URL census;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "census", testable = false)
    @TargetsContainer(ClusterNodes.B)
    public static WebArchive census() {
        return KitArchive.create("kit-census", CensusChannels.class, LiveThread.class);
    }

    @Deployment(name = CHURN, testable = false, managed = false)
    @TargetsContainer(ClusterNodes.B)
    public static WebArchive churn() {
        return BrokerNodes.archive(CHURN, "kanava.kit.churn");
    }

    @Test
    public void undeployingAJmsNodeEndsItsThreadsAndBrokerConnections() throws Exception {
        SharedBroker broker = SharedBroker.ofRunner();
        int connectionsBefore = broker.connectionCount();
        Set<Long> threadsBefore = threads().stream().map(LiveThread::id).collect(Collectors.toSet());
        URL churn = URI.create(census.toString()).resolve("/" + CHURN + "/").toURL();

        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            deployer.deploy(CHURN);
            try (WireClient reader = news(churn);
                    WireClient writer = news(churn);
                    WireClient idle = news(churn)) {
                subscribe(reader, "churn:news");
                OrderedEvents.publish(writer, "churn:news", 3);
                OrderedEvents.assertReceivedOnceInOrder(reader, 3);
                int held = broker.connectionCount() - connectionsBefore;
                assertTrue(
                        held >= 1 && held <= 2,
                        "cycle " + cycle + ": the application holds " + held + " broker connections for three"
                                + " WebSockets; a node needs one or two, never one per WebSocket");
            }
            deployer.undeploy(CHURN);

            int connectionsAfter = eventually(broker::connectionCount, count -> count == connectionsBefore);
            assertEquals(connectionsBefore, connectionsAfter, "cycle " + cycle + ": broker connections after undeploy");
            List<LiveThread> leftovers = eventually(
                    () -> threads().stream()
                            .filter(thread -> !threadsBefore.contains(thread.id()))
                            .filter(RedeployLeavesNothingBehindTest::startedForTheApplication)
                            .toList(),
                    List::isEmpty);
            assertEquals(
                    List.of(), leftovers, "cycle " + cycle + ": threads still alive " + SETTLE + " after undeploy");
        }
    }

    /** The hub's threads, the JMS client's, and any whose context class loader is the application's. */
    private static boolean startedForTheApplication(LiveThread thread) {
        String name = thread.name().toLowerCase(Locale.ROOT);
        return name.contains("kanava")
                || name.contains("activemq")
                || thread.contextLoader().contains(CHURN);
    }

    private List<LiveThread> threads() throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(census, "channels/census"))) {
            JsonObject reply = client.call("{\"id\":\"t\",\"action\":\"threads\"}");
            return reply.getJsonArray("data").stream()
                    .map(JsonValue::asJsonObject)
                    .map(thread -> new LiveThread(
                            thread.getJsonNumber("id").longValue(),
                            thread.getString("name"),
                            thread.getString("contextLoader")))
                    .toList();
        }
    }

    private static <T> T eventually(Callable<T> probe, Predicate<T> settled) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        T value = probe.call();
        while (!settled.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            value = probe.call();
        }
        return value;
    }
}
