package io.kanava.impl.eventhub.jms;

import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.jms.ConnectionFactory;

import io.kanava.impl.DeploymentMessages;
import io.kanava.impl.Messages;
import io.kanava.impl.eventhub.TransportSettings;

/**
 * Makes the JMS transport an application's settings ask for: over an Artemis client factory when a broker URL is
 * set, else over the container's connection factory found in JNDI. Its consumer thread comes from the container's
 * default managed thread factory when there is one.
 */
public final class JmsTransports {

    private static final String MANAGED_THREADS = "java:comp/DefaultManagedThreadFactory";
    private static final Logger LOG = Logger.getLogger(JmsTransports.class.getName());

    private JmsTransports() {}

    /**
     * Creates the transport.
     *
     * @param settings the application's settings
     * @return the transport, not yet started
     * @throws io.kanava.KanavaException when the factory cannot be found or built
     */
    public static JmsTopicEventTransport create(TransportSettings settings) {
        JmsTopicEventTransport transport =
                settings.brokerUrl() != null ? overArtemisClient(settings) : overContainerFactory(settings);
        LOG.info(Messages.jmsTransportChosen(
                settings.topic(), settings.brokerUrl() != null ? settings.brokerUrl() : settings.connectionFactory()));
        return transport;
    }

    /** The client factory is built here, so it closes with the transport: that ends the client's threads. */
    private static JmsTopicEventTransport overArtemisClient(TransportSettings settings) {
        ConnectionFactory client = artemisClient(settings);
        AutoCloseable release = client instanceof AutoCloseable closeable ? closeable : () -> {};
        return new JmsTopicEventTransport(client, settings.topic(), threads(), release, tuning(settings));
    }

    /** The container's factory outlives the application: the transport only closes its connections. */
    private static JmsTopicEventTransport overContainerFactory(TransportSettings settings) {
        return new JmsTopicEventTransport(
                containerFactory(settings), settings.topic(), threads(), () -> {}, tuning(settings));
    }

    private static JmsTopicEventTransport.Tuning tuning(TransportSettings settings) {
        return new JmsTopicEventTransport.Tuning(
                settings.producers(),
                settings.producerWait().toMillis(),
                settings.reconnectMaxInterval().toMillis(),
                TransportSettings.TOPIC_ORDER.equals(settings.order()));
    }

    private static ConnectionFactory artemisClient(TransportSettings settings) {
        try {
            return ArtemisConnectionFactories.create(settings.brokerUrl(), settings.user(), settings.password());
        } catch (LinkageError missing) {
            throw DeploymentMessages.artemisClientMissing(settings.brokerUrl(), missing);
        }
    }

    private static ConnectionFactory containerFactory(TransportSettings settings) {
        try {
            return (ConnectionFactory) new InitialContext().lookup(settings.connectionFactory());
        } catch (NamingException | ClassCastException e) {
            throw DeploymentMessages.connectionFactoryMissing(settings.connectionFactory(), e);
        }
    }

    private static ThreadFactory threads() {
        try {
            return (ThreadFactory) new InitialContext().lookup(MANAGED_THREADS);
        } catch (NamingException | ClassCastException notInAContainer) {
            return Thread::new;
        }
    }
}
