package io.kanava.impl.eventhub.jms;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.ExceptionListener;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import io.kanava.spi.TransportEvent;

/**
 * The sessions one link to the broker publishes through. A JMS session is single-threaded, so each is lent to one
 * publisher at a time; more are made as concurrent publishers need them, up to a bound, and kept for the next. So a
 * node's publishers wait for the broker's acknowledgement side by side, not one behind another. Sessions share the
 * link's connection where the factory allows it; where the container allows one session per connection (Jakarta EE
 * web containers may, WildFly's pooled factory does), each producer has a connection of its own.
 *
 * <p>One publisher's events keep their order: a send returns once the broker has accepted the message, before that
 * publisher sends the next, whichever session carries it.
 */
final class Producers {

    private static final Logger LOG = Logger.getLogger(Producers.class.getName());

    private final ConnectionFactory factory;
    private final Connection shared;
    private final String destination;
    private final boolean sequenced;
    private final long waitMillis;
    private final ExceptionListener failures;
    private final Semaphore permits;
    private final Queue<Producer> idle = new ConcurrentLinkedQueue<>();
    private final Set<Producer> made = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private Producers(
            ConnectionFactory factory,
            Connection shared,
            String destination,
            boolean sequenced,
            int bound,
            long waitMillis,
            ExceptionListener failures) {
        this.factory = factory;
        this.shared = shared;
        this.destination = destination;
        this.sequenced = sequenced;
        this.waitMillis = waitMillis;
        this.failures = failures;
        this.permits = new Semaphore(bound);
    }

    /**
     * Opens the first producer, on the link's connection where the factory allows a second session on it.
     *
     * @param factory where connections of their own come from
     * @param linkConnection the link's connection, holding the consumer's session
     * @param destination the topic published to, or the {@link Sequencer}'s queue
     * @param sequenced whether the destination is the sequencer's queue: each event then goes in the message group
     *     of its event topic
     * @param bound how many producers may exist at once
     * @param waitMillis how long a publisher waits for a free producer when all are busy
     * @param failures told of a failure of a connection made here, where the container allows listening
     * @return the producers, one of them open
     * @throws JMSException when the broker refuses
     */
    static Producers open(
            ConnectionFactory factory,
            Connection linkConnection,
            String destination,
            boolean sequenced,
            int bound,
            long waitMillis,
            ExceptionListener failures)
            throws JMSException {
        Session second = secondSessionOrNull(linkConnection);
        Producers producers = new Producers(
                factory, second == null ? null : linkConnection, destination, sequenced, bound, waitMillis, failures);
        Producer first = second == null ? producers.withOwnConnection() : producers.on(null, second);
        producers.idle.add(first);
        return producers;
    }

    /**
     * Sends one event through a free producer, making one when none is free and the bound allows.
     *
     * @param event the event
     * @param origin the publishing node
     * @return {@code false} when every producer stayed busy for the whole wait, and the event was not sent
     * @throws JMSException when the broker refuses or does not answer
     * @throws InterruptedException when interrupted while waiting for a producer
     */
    boolean send(TransportEvent event, String origin) throws JMSException, InterruptedException {
        if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        Producer producer = null;
        try {
            if (closed) {
                throw new JMSException("the link to the broker closed");
            }
            producer = idle.poll();
            if (producer == null) {
                producer = shared == null
                        ? withOwnConnection()
                        : on(null, shared.createSession(false, Session.AUTO_ACKNOWLEDGE));
            }
            Message message = EventMessages.write(producer.session(), event, origin);
            if (sequenced) {
                message.setStringProperty(Sequencer.GROUP_PROPERTY, event.topic());
            }
            producer.producer().send(message);
            idle.add(producer);
            producer = null;
            return true;
        } finally {
            if (producer != null) {
                discard(producer);
            }
            permits.release();
        }
    }

    /**
     * Returns how many producers are open.
     *
     * @return the count, at most the bound
     */
    int open() {
        return made.size();
    }

    /** Closes the producers' own connections; sessions on the link's connection close with it. */
    void close() {
        closed = true;
        made.forEach(Producers::closeQuietly);
        made.clear();
        idle.clear();
    }

    private Producer withOwnConnection() throws JMSException {
        Connection own = factory.createConnection();
        try {
            listen(own);
            return on(own, own.createSession(false, Session.AUTO_ACKNOWLEDGE));
        } catch (JMSException | RuntimeException e) {
            closeQuietly(new Producer(own, null, null));
            throw e;
        }
    }

    private Producer on(Connection own, Session session) throws JMSException {
        MessageProducer producer =
                session.createProducer(sequenced ? session.createQueue(destination) : session.createTopic(destination));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT); // each send waits for the broker: publishers keep order
        Producer made = new Producer(own, session, producer);
        this.made.add(made);
        if (closed) {
            closeQuietly(made);
            throw new JMSException("the link to the broker closed");
        }
        return made;
    }

    private void discard(Producer producer) {
        made.remove(producer);
        closeQuietly(producer);
    }

    private void listen(Connection own) {
        try {
            own.setExceptionListener(failures);
        } catch (JMSException | RuntimeException forbiddenInContainer) {
            LOG.log(Level.FINE, "No JMS exception listener here; outages are noticed on use", forbiddenInContainer);
        }
    }

    /**
     * A second session on the link's connection, or {@code null} where the container allows one session per
     * connection.
     */
    private static Session secondSessionOrNull(Connection connection) {
        try {
            return connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        } catch (JMSException | RuntimeException oneSessionPerConnection) {
            LOG.log(
                    Level.FINE,
                    "One JMS session per connection here; each producer gets a connection of its own",
                    oneSessionPerConnection);
            return null;
        }
    }

    private static void closeQuietly(Producer producer) {
        try {
            if (producer.own() != null) {
                producer.own().close();
            } else {
                producer.session().close();
            }
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing a JMS producer failed", e);
        }
    }

    /** A session with its producer, and the connection it owns, if any. */
    private record Producer(Connection own, Session session, MessageProducer producer) {}
}
