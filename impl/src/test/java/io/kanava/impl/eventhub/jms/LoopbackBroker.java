package io.kanava.impl.eventhub.jms;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** An embedded ActiveMQ Artemis broker on 127.0.0.1, without persistence or security, that can stop and start. */
final class LoopbackBroker {

    private final int port;
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

    int connectionCount() {
        return broker.getActiveMQServer().getConnectionCount();
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    void close() throws Exception {
        stop();
    }
}
