package io.kanava.tck.cluster;

import java.net.URL;
import java.util.Arrays;
import java.util.Locale;

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

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.cluster.ClusterNodes.news;
import static io.kanava.tck.cluster.ClusterNodes.subscribe;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures how long an event takes from a client's publish on node A to a subscriber on node B, against the same
 * event's delivery to a subscriber on node A itself, measured in the same run: {@value #MEASURED} events, one at a
 * time, after {@value #WARM_UP} not measured. The figures are reported, not asserted (a shared machine makes
 * timings flaky); what is asserted is that every event reaches both subscribers once, in order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CrossNodeLatencyTest {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 1_000;
    private static final String TOPIC = "cluster:latency";

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
    public void reportsTheCrossNodeLatencyOfOneThousandEvents() throws Exception {
        try (WireClient onA = news(nodeA);
                WireClient onB = news(nodeB);
                WireClient writer = news(nodeA)) {
            subscribe(onA, TOPIC);
            subscribe(onB, TOPIC);
            long[] local = new long[MEASURED];
            long[] remote = new long[MEASURED];
            for (int n = 0; n < WARM_UP + MEASURED; n++) {
                String text = "n" + n;
                long sent = System.nanoTime();
                writer.send("{\"id\":" + n + ",\"action\":\"publish\",\"data\":{\"topic\":\"" + TOPIC + "\",\"text\":\""
                        + text + "\"}}");
                assertReply(writer.next(), "publish");
                WireClient.Arrival here = onA.nextArrival();
                WireClient.Arrival there = onB.nextArrival();
                assertEquals(text, textOf(here.frame()), "node A's subscriber, in order");
                assertEquals(text, textOf(there.frame()), "node B's subscriber, in order");
                if (n >= WARM_UP) {
                    local[n - WARM_UP] = here.nanoTime() - sent;
                    remote[n - WARM_UP] = there.nanoTime() - sent;
                }
            }
            JsonObject after = onB.call("{\"id\":\"after\",\"action\":\"id\"}");
            assertEquals("after", after.getString("id"), "no event reached node B twice");
            report(local, remote);
        }
    }

    private static String textOf(JsonObject event) {
        return event.getJsonObject("data").getString("text");
    }

    private static void report(long[] local, long[] remote) {
        Arrays.sort(local);
        Arrays.sort(remote);
        System.out.println(String.format(
                Locale.ROOT,
                "cross-node latency over %d events, publish on node A to delivery: node A (baseline) median %d µs,"
                        + " p99 %d µs; node B median %d µs, p99 %d µs; ratio B/A median %.2f, p99 %.2f",
                MEASURED,
                micros(median(local)),
                micros(p99(local)),
                micros(median(remote)),
                micros(p99(remote)),
                (double) median(remote) / median(local),
                (double) p99(remote) / p99(local)));
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
