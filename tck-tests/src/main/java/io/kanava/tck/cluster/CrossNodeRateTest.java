package io.kanava.tck.cluster;

import java.net.URL;
import java.time.Duration;
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
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Publishes {@value #EVENTS} events at {@value #PER_SECOND} a second from an action on node A, shared by
 * {@value #PUBLISHERS} publishers on the managed executor (after {@value #WARM_UP} at the same rate, not measured),
 * and checks that every one reaches a subscriber on node A and one on node B once, each publisher's in order; against a baseline measured in the same run, the same application on node A with its
 * EventHub in memory. Each event carries the server's {@link System#nanoTime()} at its publish; on Linux that clock
 * is the same in every process of the machine, so the subscriber's arrival time less it is the publish-to-receipt
 * latency. The figures are reported, not asserted (a shared machine makes timings flaky).
 */
public class CrossNodeRateTest extends ClusterScenario {

    private static final int WARM_UP = 1_000;
    private static final int EVENTS = 10_000;
    private static final int PER_SECOND = 5_000;
    private static final int PUBLISHERS = 4;
    private static final Duration PUBLISHING = Duration.ofSeconds(120);

    @ArquillianResource
    @OperateOnDeployment("alone")
    URL alone;

    @Deployment(name = "alone", testable = false)
    @TargetsContainer(A)
    public static WebArchive aloneOnNodeA() {
        return BrokerNodes.inMemory("kit-paced-alone").addClass(PacedChannels.class);
    }

    private static WireClient pacer(URL node) throws Exception {
        return WireClient.connect(ChannelAddress.of(node, "channels/pacer"));
    }

    @Test
    public void deliversFiveThousandEventsASecondToTheOtherNodeInOrder() throws Exception {
        Run inMemory;
        try (WireClient subscriber = pacer(alone);
                WireClient publisher = pacer(alone)) {
            inMemory = run(publisher, subscriber)[0];
        }
        try (WireClient onA = pacer(nodeA);
                WireClient onB = pacer(nodeB);
                WireClient publisher = pacer(nodeA)) {
            Run[] cluster = run(publisher, onA, onB);
            System.out.println(String.format(
                    Locale.ROOT,
                    "cross-node at %d events/s, %d events each, delivered to every subscriber in order;"
                            + " publish rate reached: in memory %.0f/s, over the broker %.0f/s;"
                            + " publish to receipt: in memory, one node (baseline) median %d µs, p99 %d µs;"
                            + " over the broker, same node median %d µs, p99 %d µs;"
                            + " other node median %d µs, p99 %d µs",
                    PER_SECOND,
                    EVENTS,
                    inMemory.rate(),
                    cluster[0].rate(),
                    inMemory.median(),
                    inMemory.p99(),
                    cluster[0].median(),
                    cluster[0].p99(),
                    cluster[1].median(),
                    cluster[1].p99()));
        }
    }

    /** What one subscriber saw: each measured event's latency in microseconds, sorted, and the publish rate. */
    private record Run(long[] micros, double rate) {
        long median() {
            return micros[micros.length / 2];
        }

        long p99() {
            return micros[(int) Math.ceil(micros.length * 0.99) - 1];
        }
    }

    private static Run[] run(WireClient publisher, WireClient... subscribers) throws Exception {
        for (WireClient subscriber : subscribers) {
            assertEquals(
                    "s",
                    subscriber.call("{\"id\":\"s\",\"action\":\"subscribe\"}").getString("id"));
        }
        publish(publisher, "warm-up", WARM_UP);
        for (WireClient subscriber : subscribers) {
            receive(subscriber, WARM_UP);
        }
        long publishMicros = publish(publisher, "measured", EVENTS);
        Run[] runs = new Run[subscribers.length];
        for (int s = 0; s < subscribers.length; s++) {
            long[] micros = receive(subscribers[s], EVENTS);
            Arrays.sort(micros);
            runs[s] = new Run(micros, EVENTS * 1_000_000.0 / publishMicros);
            JsonObject after = subscribers[s].call("{\"id\":\"after\",\"action\":\"subscribe\"}");
            assertEquals("after", after.getString("id"), "subscriber " + s + ": no event arrived twice");
        }
        return runs;
    }

    private static long publish(WireClient publisher, String id, int events) throws Exception {
        publisher.send("{\"id\":\"" + id + "\",\"action\":\"publish\",\"data\":{\"events\":" + events
                + ",\"perSecond\":" + PER_SECOND + ",\"publishers\":" + PUBLISHERS + "}}");
        JsonObject reply = publisher
                .poll(PUBLISHING)
                .orElseThrow(
                        () -> new AssertionError("publishing " + events + " events did not end within " + PUBLISHING));
        assertEquals(id, reply.getString("id"), reply::toString);
        return reply.getJsonNumber("data").longValue();
    }

    /**
     * Takes the next events, checks that each publisher's arrive once each in its order, and returns their
     * latencies.
     */
    private static long[] receive(WireClient subscriber, int events) throws Exception {
        long[] micros = new long[events];
        int[] next = new int[PUBLISHERS];
        for (int e = 0; e < events; e++) {
            WireClient.Arrival arrival = subscriber.nextArrival();
            JsonObject data = arrival.frame().getJsonObject("data");
            int p = data.getInt("p");
            assertEquals(next[p]++, data.getInt("n"), () -> "each publisher's in order, once each: " + arrival.frame());
            micros[e] = (arrival.nanoTime() - data.getJsonNumber("sentAt").longValue()) / 1_000;
        }
        return micros;
    }
}
