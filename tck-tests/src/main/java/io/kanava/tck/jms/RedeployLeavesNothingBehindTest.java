package io.kanava.tck.jms;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application whose EventHub uses the standalone broker is deployed, used and undeployed three times. While it
 * runs, it reports the threads it started: the hub's consumer, and the new threads whose context class loader is
 * its own, such as the JMS client's. After each undeploy its broker connections are gone and none of those threads
 * is still alive; a census application that stays deployed lists the server's threads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class RedeployLeavesNothingBehindTest {

    private static final String CHURN = "kit-churn";
    private static final String CHURN_TOPIC = "kanava.kit.churn";

    /** The name of the hub's consumer thread, from Kanava's documentation. */
    private static final String CONSUMER = "kanava-jms-" + CHURN_TOPIC;

    private static final int CYCLES = 3;

    /** How long an undeployed application's threads and connections may take to end. */
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private static final Duration POLL = Duration.ofMillis(500);

    @ArquillianResource
    @OperateOnDeployment("census")
    URL census;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "census", testable = false)
    public static WebArchive census() {
        return KitArchive.create("kit-census", CensusChannels.class, LiveThread.class);
    }

    @Deployment(name = CHURN, testable = false, managed = false)
    public static WebArchive churn() {
        return BrokerNodes.archive(CHURN, CHURN_TOPIC, CensusChannels.class, LiveThread.class);
    }

    @Test
    public void undeployingAJmsApplicationEndsItsThreadsAndBrokerConnections() throws Exception {
        SharedBroker broker = SharedBroker.ofRunner();
        URL churn = URI.create(census.toString()).resolve("/" + CHURN + "/").toURL();

        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            int connectionsBefore = settledConnectionCount(broker);
            Set<Long> before = threads(census).stream().map(LiveThread::id).collect(Collectors.toSet());
            deployer.deploy(CHURN);
            Set<Long> started;
            try (WireClient reader = news(churn);
                    WireClient writer = news(churn);
                    WireClient idle = news(churn)) {
                reader.call("{\"id\":\"s\",\"action\":\"subscribe\",\"data\":{\"topic\":\"churn:news\"}}");
                OrderedEvents.publish(writer, "churn:news", 3);
                OrderedEvents.assertReceivedOnceInOrder(reader, 3);
                int held = broker.connectionCount() - connectionsBefore;
                assertTrue(
                        held == 1,
                        "cycle " + cycle + ": the application holds " + held + " broker connections for three"
                                + " WebSockets; a node needs one, never one per WebSocket");
                List<LiveThread> own = threads(churn).stream()
                        .filter(thread -> !before.contains(thread.id()))
                        .filter(thread ->
                                thread.ofThisApplication() || thread.name().equals(CONSUMER))
                        .toList();
                assertTrue(
                        own.stream().anyMatch(thread -> !thread.name().equals(CONSUMER)),
                        "cycle " + cycle + ": the census sees the JMS client's threads, not only the hub's: " + own);
                started = own.stream().map(LiveThread::id).collect(Collectors.toSet());
            }
            deployer.undeploy(CHURN);

            String afterUndeploy = "cycle " + cycle + ", " + SETTLE + " after undeploy: ";
            await(afterUndeploy + "the application's broker connection closes")
                    .atMost(SETTLE)
                    .pollInterval(POLL)
                    .untilAsserted(() -> assertEquals(
                            connectionsBefore, broker.connectionCount(), afterUndeploy + "broker connections"));
            await(afterUndeploy + "the threads the application started end")
                    .atMost(SETTLE)
                    .pollInterval(POLL)
                    .untilAsserted(() -> assertEquals(
                            List.of(),
                            threads(census).stream()
                                    .filter(thread -> started.contains(thread.id()))
                                    .toList(),
                            afterUndeploy + "threads still alive"));
        }
    }

    /** The broker's connection count once two reads a second apart agree: what other scenarios left has closed. */
    private static int settledConnectionCount(SharedBroker broker) {
        AtomicInteger last = new AtomicInteger(-1);
        await("the broker's connection count settles")
                .atMost(SETTLE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> last.getAndSet(broker.connectionCount()) == last.get());
        return last.get();
    }

    private static WireClient news(URL application) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/news"));
    }

    private static List<LiveThread> threads(URL application) throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/census"))) {
            JsonObject reply = client.call("{\"id\":\"t\",\"action\":\"threads\"}");
            return reply.getJsonArray("data").stream()
                    .map(JsonValue::asJsonObject)
                    .map(thread -> new LiveThread(
                            thread.getJsonNumber("id").longValue(),
                            thread.getString("name"),
                            thread.getBoolean("ofThisApplication")))
                    .toList();
        }
    }
}
