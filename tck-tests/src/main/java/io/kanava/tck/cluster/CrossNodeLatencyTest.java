package io.kanava.tck.cluster;

import java.net.URL;
import java.util.Arrays;
import java.util.Locale;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import io.kanava.tck.jms.BrokerNodes;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures how long an event takes from a client's publish through an action on node A to a subscriber on node B,
 * and to a subscriber on node A itself, against a baseline measured in the same run: the same application on node A
 * with its EventHub in memory, no broker. {@value #MEASURED} events each, one at a time, after {@value #WARM_UP} not
 * measured. The figures are reported, not asserted (a shared machine makes timings flaky); what is asserted is that
 * every event reaches every subscriber once, in order.
 */
public class CrossNodeLatencyTest extends ClusterScenario {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 1_000;
    private static final String TOPIC = "cluster:latency";

    @ArquillianResource
    @OperateOnDeployment("alone")
    URL alone;

    @Deployment(name = "alone", testable = false)
    @TargetsContainer(A)
    public static WebArchive aloneOnNodeA() {
        return BrokerNodes.inMemory("kit-alone");
    }

    @Test
    public void reportsTheCrossNodeLatencyOfOneThousandEvents() throws Exception {
        long[] inMemory;
        try (WireClient subscriber = news(alone);
                WireClient writer = news(alone)) {
            inMemory = measure(writer, subscriber)[0];
        }
        try (WireClient onA = news(nodeA);
                WireClient onB = news(nodeB);
                WireClient writer = news(nodeA)) {
            long[][] cluster = measure(writer, onA, onB);
            report(inMemory, cluster[0], cluster[1]);
        }
    }

    /** Publishes the events one at a time and returns, per subscriber, how long each took to reach it. */
    private static long[][] measure(WireClient writer, WireClient... subscribers) throws Exception {
        for (WireClient subscriber : subscribers) {
            subscribe(subscriber, TOPIC);
        }
        long[][] latencies = new long[subscribers.length][MEASURED];
        for (int n = 0; n < WARM_UP + MEASURED; n++) {
            String text = "n" + n;
            long sent = System.nanoTime();
            writer.send("{\"id\":" + n + ",\"action\":\"publish\",\"data\":{\"topic\":\"" + TOPIC + "\",\"text\":\""
                    + text + "\"}}");
            assertReply(writer.next(), "publish");
            for (int s = 0; s < subscribers.length; s++) {
                WireClient.Arrival arrival = subscribers[s].nextArrival();
                assertEquals(text, textOf(arrival.frame()), "subscriber " + s + ", in order");
                if (n >= WARM_UP) {
                    latencies[s][n - WARM_UP] = arrival.nanoTime() - sent;
                }
            }
        }
        for (WireClient subscriber : subscribers) {
            JsonObject after = subscriber.call("{\"id\":\"after\",\"action\":\"id\"}");
            assertEquals("after", after.getString("id"), "no event arrived twice");
        }
        return latencies;
    }

    private static String textOf(JsonObject event) {
        return event.getJsonObject("data").getString("text");
    }

    private static void report(long[] inMemory, long[] sameNode, long[] otherNode) {
        Arrays.sort(inMemory);
        Arrays.sort(sameNode);
        Arrays.sort(otherNode);
        System.out.println(String.format(
                Locale.ROOT,
                "cross-node latency over %d events, a client's publish to a subscriber's receipt:"
                        + " in memory, one node (baseline) median %d µs, p99 %d µs;"
                        + " over the broker, same node median %d µs, p99 %d µs;"
                        + " other node median %d µs, p99 %d µs;"
                        + " other node vs baseline: median %.2fx, p99 %.2fx",
                MEASURED,
                micros(median(inMemory)),
                micros(p99(inMemory)),
                micros(median(sameNode)),
                micros(p99(sameNode)),
                micros(median(otherNode)),
                micros(p99(otherNode)),
                (double) median(otherNode) / median(inMemory),
                (double) p99(otherNode) / p99(inMemory)));
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static long p99(long[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
    }

    private static long micros(long nanos) {
        return nanos / 1_000;
    }
}
