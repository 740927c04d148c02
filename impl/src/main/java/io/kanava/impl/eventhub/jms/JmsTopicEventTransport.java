package io.kanava.impl.eventhub.jms;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
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
import jakarta.jms.Topic;

import io.kanava.impl.Messages;
import io.kanava.spi.EventSink;
import io.kanava.spi.EventTransport;
import io.kanava.spi.TransportEvent;

/**
 * Carries events between nodes over one JMS topic: per node one connection with two sessions, one holding the
 * node's single non-durable consumer, read by one thread, and one producing, used under a lock (JMS sessions are
 * single-threaded). Where the container allows one session per connection, as Jakarta EE web containers may, the
 * producer gets a second connection. Each event travels as {@link EventMessages} describes.
 *
 * <p>A publish goes to the broker first, so it fails at once when the broker is away, then is delivered locally;
 * the node's own echo from the broker is ignored, so local subscribers get each event exactly once, in the order
 * it was published. When the broker goes away the transport logs it once, refuses publishes, and reconnects in the
 * background until the broker is back; subscribers keep their WebSockets throughout.
 */
public final class JmsTopicEventTransport implements EventTransport {

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
    private final AtomicBoolean foreignReported = new AtomicBoolean();

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
                current.producer.send(EventMessages.write(current.producerSession, event, node));
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
                if (!connected(current)) {
                    current.connections().forEach(JmsTopicEventTransport::closeQuietly);
                    return;
                }
                retry = FIRST_RETRY_MILLIS;
                LOG.info(Messages.brokerBack(topicName));
            }
            Message message;
            try {
                message = current.consumer.receive(RECEIVE_MILLIS);
            } catch (JMSException | RuntimeException e) {
                if (running) {
                    lost(current, e);
                }
                continue;
            }
            if (message != null) {
                handle(message);
            }
        }
    }

    /** Delivers an event from another node; a message that is not an event costs only itself, never the link. */
    private void handle(Message message) {
        try {
            EventMessages.Received received = EventMessages.read(message);
            if (received == null) {
                if (foreignReported.compareAndSet(false, true)) {
                    LOG.warning(Messages.foreignMessage(topicName, message.getJMSMessageID()));
                }
            } else if (node.equals(received.origin())) {
                echoes.incrementAndGet();
            } else {
                sink.deliver(received.event());
            }
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, Messages.eventNotDelivered(topicName), e);
        }
    }

    /** Makes a new link the current one, unless the transport closed meanwhile. */
    private synchronized boolean connected(Link created) {
        if (!running) {
            return false;
        }
        link = created;
        notifyAll();
        return true;
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
        Link current;
        synchronized (this) {
            running = false;
            current = link;
            link = null;
        }
        if (current != null) {
            current.connections().forEach(JmsTopicEventTransport::closeQuietly);
        }
        if (worker != null) {
            worker.interrupt();
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
