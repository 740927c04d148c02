package io.kanava.benchmarks;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.impl.eventhub.KanavaEventHub;
import io.kanava.impl.eventhub.jms.JmsTopicEventTransport;

/**
 * Measures how long an event takes from a publish on one node to a listener on another: two hubs in one JVM, each
 * with its own JMS connections, sharing a topic on an Artemis broker bound to 127.0.0.1. Publishes 1,000 events, one
 * every millisecond, and prints the median and the 99th percentile.
 */
public final class CrossNodeLatency {

    private static final int EVENTS = 1000;
    private static final int WARM_UP = 200;
    private static final long PACE_NANOS = 1_000_000;

    private CrossNodeLatency() {}

    public static void main(String[] args) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ()
                .setConfiguration(new ConfigurationImpl()
                        .setPersistenceEnabled(false)
                        .setSecurityEnabled(false)
                        .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port));
        broker.start();
        String url = "tcp://127.0.0.1:" + port;
        try (Jsonb jsonb = JsonbBuilder.create();
                ActiveMQConnectionFactory factoryA = new ActiveMQConnectionFactory(url);
                ActiveMQConnectionFactory factoryB = new ActiveMQConnectionFactory(url)) {
            var transportA = new JmsTopicEventTransport(factoryA, "kanava.latency", Thread::new);
            var transportB = new JmsTopicEventTransport(factoryB, "kanava.latency", Thread::new);
            KanavaEventHub nodeA = KanavaEventHub.create(new JsonbPayloadCodec(jsonb), transportA);
            KanavaEventHub nodeB = KanavaEventHub.create(new JsonbPayloadCodec(jsonb), transportB);
            transportA.awaitConnected(10_000);
            transportB.awaitConnected(10_000);
            long[] latencies = new long[WARM_UP + EVENTS];
            AtomicInteger received = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(1);
            nodeB.subscribe("latency", Long.class, (topic, sentAt) -> {
                int index = received.getAndIncrement();
                latencies[index] = System.nanoTime() - sentAt;
                if (index == latencies.length - 1) {
                    done.countDown();
                }
            });
            for (int i = 0; i < latencies.length; i++) {
                nodeA.publish("latency", System.nanoTime());
                LockSupport.parkNanos(PACE_NANOS);
            }
            boolean all = done.await(30, TimeUnit.SECONDS);
            nodeA.stop();
            nodeB.stop();
            long[] measured = Arrays.copyOfRange(latencies, WARM_UP, Math.max(WARM_UP, received.get()));
            Arrays.sort(measured);
            System.out.printf(
                    "Cross-node delivery over JMS (Artemis on 127.0.0.1, two hubs in one JVM): %d of %d events%s,"
                            + " median %.0f µs, p99 %.0f µs, max %.0f µs%n",
                    measured.length,
                    EVENTS,
                    all ? "" : " (some missing)",
                    measured[measured.length / 2] / 1000.0,
                    measured[(int) Math.ceil(measured.length * 0.99) - 1] / 1000.0,
                    measured[measured.length - 1] / 1000.0);
        } finally {
            broker.stop();
        }
    }
}
