package io.kanava.tck.drain;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

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
 * Undeploying drains: a call in progress finishes and its reply is sent before its connection closes, and every
 * connection closes with 1001 in batches (five at a time, 0.3 s apart here), so its clients do not all come back at
 * the same instant; the call in progress holds up only its own connection.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class UndeployDrainsConnectionsTest {

    private static final String DRAINED = "kit-drained";
    private static final int CONNECTIONS = 15;
    private static final Duration INTERVAL = Duration.ofMillis(300);

    @ArquillianResource
    @OperateOnDeployment("anchor")
    URL anchor;

    @ArquillianResource
    Deployer deployer;

    /** Keeps the server's Arquillian session busy; the scenario's own application comes and goes. */
    @Deployment(name = "anchor", testable = false)
    public static WebArchive anchor() {
        return KitArchive.create("kit-drain-anchor", NappingChannels.class);
    }

    @Deployment(name = DRAINED, testable = false, managed = false)
    public static WebArchive drained() {
        return KitArchive.withWebXml(
                DRAINED,
                KitArchive.parameter("kanava.drain.batch-size", 5)
                        + KitArchive.parameter("kanava.drain.batch-interval", INTERVAL.toMillis() / 1000.0),
                NappingChannels.class);
    }

    private static int naps(WireClient client) throws Exception {
        return client.call("{\"id\":\"n\",\"action\":\"napping\"}").getInt("data");
    }

    @Test
    public void answersTheCallInProgressThenClosesEveryConnectionWith1001InBatches() throws Exception {
        deployer.deploy(DRAINED);
        URL drained = URI.create(anchor.toString()).resolve("/" + DRAINED + "/").toURL();
        List<WireClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < CONNECTIONS; i++) {
                clients.add(WireClient.connect(ChannelAddress.of(drained, "channels/napping")));
            }
            WireClient napping = clients.get(0);
            napping.send("{\"id\":\"nap\",\"action\":\"nap\",\"data\":1500}");
            WireClient watcher = clients.get(1);
            await("the nap is in progress")
                    .atMost(WireClient.TIMEOUT)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> naps(watcher) == 1);

            deployer.undeploy(DRAINED);

            JsonObject reply = napping.next();
            assertEquals("rested", reply.getString("data"), reply::toString);
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (WireClient client : clients) {
                WireClient.Closed closed = client.awaitCloseAt();
                assertEquals(1001, closed.status().code(), closed::toString);
                if (client != napping) {
                    first = Math.min(first, closed.nanoTime());
                    last = Math.max(last, closed.nanoTime());
                }
            }
            long spreadMillis = (last - first) / 1_000_000;
            System.out.println("Drain: " + (CONNECTIONS - 1) + " idle connections closed over " + spreadMillis + " ms");
            assertTrue(
                    spreadMillis >= 2 * INTERVAL.toMillis() - 100,
                    "three batches are two pauses apart, yet the idle connections' closes arrived within "
                            + spreadMillis + " ms");
        } finally {
            for (WireClient client : clients) {
                client.close();
            }
        }
    }
}
