package io.kanava.impl.eventhub.jms;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

import io.kanava.impl.Messages;
import io.kanava.spi.EventSink;
import io.kanava.spi.EventTransport;
import io.kanava.spi.TransportEvent;

/**
 * Carries events between nodes over one JMS topic: per node one connection with two sessions, one holding the
 * node's single non-durable consumer, read by one thread, and one producing, used under a lock (JMS sessions are
 * single-threaded). Where the container allows one session per connection, as Jakarta EE web containers may, the
 * producer gets a second connection. Each event is a text message with its topic, the connection to skip and the
 * publishing node as properties.
 *
 * <p>A publish goes to the broker first, so it fails at once when the broker is away, then is delivered locally;
 * the node's own echo from the broker is ignored, so local subscribers get each event exactly once, in the order
 * it was published. When the broker goes away the transport logs it once, refuses publishes, and reconnects in the
 * background until the broker is back; subscribers keep their WebSockets throughout.
 */
public final class JmsTopicEventTransport implements EventTransport {

    static final String TOPIC_PROPERTY = "kanavaTopic";
    static final String EXCEPT_PROPERTY = "kanavaExcept";
    static final String ORIGIN_PROPERTY = "kanavaOrigin";

    private static final Logger LOG = Logger.getLogger(JmsTopicEventTransport.class.getName());
    private static final long RECEIVE_MILLIS = 250;
    private static final long FIRST_RETRY_MILLIS = 100;
    private static final long LAST_RETRY_MILLIS = 2_000;

    private final ConnectionFactory factory;
    private final String topicName;
    private final ThreadFactory threads;
    private final AutoCloseable owned;
    private final String node = UUID.randomUUID().toString();
    private final Object publishLock = new Object();
    private final AtomicLong echoes = new AtomicLong();

    private volatile EventSink sink;
    private volatile boolean running;
    private volatile Link link;
    private Thread worker;

    /**
     * Creates the transport; nothing connects before {@link #start(EventSink)}.
     *
     * @param factory the connection factory, the container's or an Artemis client's
     * @param topicName the JMS topic shared by the nodes
     * @param threads where the consumer thread comes from (a managed thread factory in a container)
     */
    public JmsTopicEventTransport(ConnectionFactory factory, String topicName, ThreadFactory threads) {
        this(factory, topicName, threads, () -> {});
    }

    /**
     * Creates a transport that owns its connection factory, or something else to release last, such as a client
     * factory it built itself: {@link #close()} closes it after the connections.
     *
     * @param factory the connection factory
     * @param topicName the JMS topic shared by the nodes
     * @param threads where the consumer thread comes from
     * @param owned closed when the transport closes, after its connections and its thread
     */
    public JmsTopicEventTransport(
            ConnectionFactory factory, String topicName, ThreadFactory threads, AutoCloseable owned) {
        this.factory = factory;
        this.topicName = topicName;
        this.threads = threads;
        this.owned = owned;
    }

    @Override
    public void start(EventSink eventSink) {
        this.sink = eventSink;
        this.running = true;
        Link first = connectOrNull(true);
        if (first != null) {
            connected(first);
        }
        worker = threads.newThread(this::consume);
        worker.setName("kanava-jms-" + topicName);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void publish(TransportEvent event) {
        synchronized (publishLock) {
            Link current = link;
            if (current == null) {
                throw Messages.brokerUnavailable(topicName, null);
            }
            try {
                TextMessage message = current.producerSession.createTextMessage(event.json());
                message.setStringProperty(TOPIC_PROPERTY, event.topic());
                message.setStringProperty(ORIGIN_PROPERTY, node);
                if (event.exceptConnection() != null) {
                    message.setStringProperty(EXCEPT_PROPERTY, event.exceptConnection());
                }
                current.producer.send(message);
            } catch (JMSException | RuntimeException e) {
                lost(current, e);
                throw Messages.brokerUnavailable(topicName, e);
            }
        }
        sink.deliver(event);
    }

    /**
     * Waits until the transport is connected to the broker.
     *
     * @param millis how long to wait at most
     * @return {@code true} when connected
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean awaitConnected(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (this) {
            while (link == null) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                wait(left);
            }
            return true;
        }
    }

    /**
     * Returns how many of this node's own events came back from the broker and were ignored.
     *
     * @return the count of suppressed echoes
     */
    public long echoesIgnored() {
        return echoes.get();
    }

    private void consume() {
        long retry = FIRST_RETRY_MILLIS;
        while (running) {
            Link current = link;
            if (current == null) {
                current = connectOrNull(false);
                if (current == null) {
                    pause(retry);
                    retry = Math.min(retry * 2, LAST_RETRY_MILLIS);
                    continue;
                }
                connected(current);
                retry = FIRST_RETRY_MILLIS;
                LOG.info(Messages.brokerBack(topicName));
            }
            try {
                Message message = current.consumer.receive(RECEIVE_MILLIS);
                if (message instanceof TextMessage text) {
                    if (node.equals(text.getStringProperty(ORIGIN_PROPERTY))) {
                        echoes.incrementAndGet();
                    } else {
                        sink.deliver(new TransportEvent(
                                text.getStringProperty(TOPIC_PROPERTY),
                                text.getText(),
                                text.getStringProperty(EXCEPT_PROPERTY)));
                    }
                }
            } catch (JMSException | RuntimeException e) {
                if (running) {
                    lost(current, e);
                }
            }
        }
    }

    private synchronized void connected(Link created) {
        link = created;
        notifyAll();
    }

    private Link connectOrNull(boolean first) {
        Connection consuming = null;
        Connection producing = null;
        try {
            consuming = factory.createConnection();
            Session consumerSession = consuming.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Session producerSession = secondSessionOrNull(consuming);
            producing = consuming;
            if (producerSession == null) {
                producing = factory.createConnection();
                producerSession = producing.createSession(false, Session.AUTO_ACKNOWLEDGE);
            }
            Topic topic = consumerSession.createTopic(topicName);
            MessageConsumer consumer = consumerSession.createConsumer(topic);
            MessageProducer producer = producerSession.createProducer(producerSession.createTopic(topicName));
            Link created = new Link(consuming, producing, producerSession, producer, consumer);
            listenForFailures(created);
            consuming.start();
            return created;
        } catch (JMSException | RuntimeException e) {
            closeQuietly(consuming);
            closeQuietly(producing);
            if (first) {
                LOG.log(Level.WARNING, Messages.brokerLost(topicName), e);
            }
            return null;
        }
    }

    /**
     * The producer's session on the consumer's connection, so that a node holds one broker connection; or
     * {@code null} where the container allows one session per connection (Jakarta EE web and EJB containers, such
     * as WildFly's pooled connection factory), and the producer needs a connection of its own.
     */
    private static Session secondSessionOrNull(Connection connection) {
        try {
            return connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        } catch (JMSException | RuntimeException oneSessionPerConnection) {
            LOG.log(
                    Level.FINE,
                    "One JMS session per connection here; the producer gets a connection of its own",
                    oneSessionPerConnection);
            return null;
        }
    }

    /** Learns of an outage at once where the factory allows it; in a container, the next receive or send tells. */
    private void listenForFailures(Link created) {
        for (Connection connection : created.connections()) {
            try {
                connection.setExceptionListener(failure -> lost(created, failure));
            } catch (JMSException | RuntimeException forbiddenInContainer) {
                LOG.log(Level.FINE, "No JMS exception listener here; outages are noticed on use", forbiddenInContainer);
            }
        }
    }

    private void lost(Link failed, Exception cause) {
        synchronized (this) {
            if (link != failed || failed == null) {
                return;
            }
            link = null;
        }
        LOG.log(Level.WARNING, Messages.brokerLost(topicName), cause);
        failed.connections().forEach(JmsTopicEventTransport::closeQuietly);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        Link current = link;
        link = null;
        if (current != null) {
            current.connections().forEach(JmsTopicEventTransport::closeQuietly);
        }
        if (worker != null) {
            try {
                worker.join(RECEIVE_MILLIS * 8);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            owned.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, Messages.jmsReleaseFailed(topicName), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing a JMS connection failed", e);
        }
    }

    /** A node's link to the broker: one connection, or two where the container allows one session each. */
    private record Link(
            Connection consuming,
            Connection producing,
            Session producerSession,
            MessageProducer producer,
            MessageConsumer consumer) {

        List<Connection> connections() {
            return consuming == producing ? List.of(consuming) : List.of(consuming, producing);
        }
    }
}
