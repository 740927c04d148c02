package io.kanava.impl.eventhub.jms;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** An embedded ActiveMQ Artemis broker on 127.0.0.1, without persistence or security, that can stop and start. */
final class LoopbackBroker {

    private final int port;
    private final HeldSends held = new HeldSends();
    private EmbeddedActiveMQ broker;

    LoopbackBroker() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
    }

    LoopbackBroker start() throws Exception {
        var configuration = new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJournalDirectory("target/artemis/journal")
                .setBindingsDirectory("target/artemis/bindings")
                .setLargeMessagesDirectory("target/artemis/large")
                .setPagingDirectory("target/artemis/paging")
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        configuration.registerBrokerPlugin(held);
        broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        return this;
    }

    void stop() throws Exception {
        broker.stop();
    }

    ActiveMQConnectionFactory clientFactory() {
        return new ActiveMQConnectionFactory(url() + "?callTimeout=2000&reconnectAttempts=0");
    }

    /** Holds the broker's acceptance of one topic's events, as a stalled broker would. */
    HeldSends held() {
        return held;
    }

    int connectionCount() {
        return broker.getActiveMQServer().getConnectionCount();
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    void close() throws Exception {
        stop();
    }

    /**
     * Holds each send of a Kanava event of one topic in the broker, before it is accepted, until released or for
     * at most 1.5 s (the test clients' call timeout is 2 s, so the send still succeeds).
     */
    static final class HeldSends implements ActiveMQServerMessagePlugin {

        private final AtomicInteger holding = new AtomicInteger();
        private volatile String topic;
        private volatile CountDownLatch release = new CountDownLatch(0);

        void hold(String heldTopic) {
            release = new CountDownLatch(1);
            topic = heldTopic;
        }

        void release() {
            topic = null;
            release.countDown();
        }

        int holding() {
            return holding.get();
        }

        @Override
        public void beforeSend(
                ServerSession session, Transaction tx, Message message, boolean direct, boolean noAutoCreateQueue) {
            String heldTopic = topic;
            if (heldTopic == null || !heldTopic.equals(message.getStringProperty("kanavaTopic"))) {
                return;
            }
            holding.incrementAndGet();
            try {
                release.await(1_500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                holding.decrementAndGet();
            }
        }
    }
}
