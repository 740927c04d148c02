package io.kanava.impl.eventhub.jms;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.ExceptionListener;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

/**
 * Gives each event topic one order on every node, where the application asks for it ({@code kanava.jms.order} set to
 * {@code topic}). A JMS topic keeps only each session's order: the broker routes two publishers' concurrent sends to
 * each node's subscription independently, so two nodes may see them in different orders. With a sequencer, nodes
 * publish into a queue instead, each event in the message group of its event topic; the broker hands one group to
 * one node's sequencer at a time, in order, and that sequencer forwards it to the JMS topic from its one session, so
 * every subscription holds one topic's events in the order they were forwarded. Each node runs one, read by one
 * thread; when a node leaves, the broker gives its groups to another.
 *
 * <p>An event is acknowledged to the queue once the broker has taken its forward (a persistent send waits for it).
 * So a link lost between the two, or a node that dies there, makes the broker hand the event out again and it is
 * forwarded twice: across such a failover the order holds and nothing is lost, but an event may come twice. Where a
 * container turns client acknowledgement into automatic acknowledgement (the Jakarta EE rules allow it outside a
 * transaction), an event taken by a node that dies before forwarding it is lost instead.
 */
final class Sequencer {

    /** The JMS property naming an event's message group. */
    static final String GROUP_PROPERTY = "JMSXGroupID";

    private static final Logger LOG = Logger.getLogger(Sequencer.class.getName());

    private final Connection own;
    private final Session session;
    private final MessageConsumer consumer;
    private final MessageProducer forward;

    private Sequencer(Connection own, Session session, MessageConsumer consumer, MessageProducer forward) {
        this.own = own;
        this.session = session;
        this.consumer = consumer;
        this.forward = forward;
    }

    /**
     * Opens a sequencer: a session of its own, on the link's connection where the factory allows it.
     *
     * @param factory where a connection of its own comes from, where the container allows one session per connection
     * @param linkConnection the link's connection
     * @param topicName the JMS topic forwarded to
     * @param queueName the queue the nodes publish into
     * @param failures told of a failure of a connection made here
     * @return the sequencer
     * @throws JMSException when the broker refuses
     */
    static Sequencer open(
            ConnectionFactory factory,
            Connection linkConnection,
            String topicName,
            String queueName,
            ExceptionListener failures)
            throws JMSException {
        Connection own = null;
        Session session = null;
        try {
            try {
                session = linkConnection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            } catch (JMSException | RuntimeException oneSessionPerConnection) {
                LOG.log(
                        Level.FINE,
                        "One JMS session per connection here; the sequencer gets its own",
                        oneSessionPerConnection);
                own = factory.createConnection();
                listen(own, failures);
                session = own.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            }
            MessageConsumer consumer = session.createConsumer(session.createQueue(queueName));
            MessageProducer forward = session.createProducer(session.createTopic(topicName));
            forward.setDeliveryMode(DeliveryMode.PERSISTENT);
            if (own != null) {
                own.start();
            }
            return new Sequencer(own, session, consumer, forward);
        } catch (JMSException | RuntimeException e) {
            close(own, session);
            throw e;
        }
    }

    /**
     * Forwards the next event of the queue to the topic, if one comes within the wait. A message that is not an
     * event is acknowledged and dropped: it would block its group.
     *
     * @param millis how long to wait for one
     * @return whether a message was read
     * @throws JMSException when the link to the broker failed
     */
    boolean forwardNext(long millis) throws JMSException {
        Message message = consumer.receive(millis);
        if (message == null) {
            return false;
        }
        EventMessages.Received received = EventMessages.read(message);
        if (received != null) {
            forward.send(EventMessages.write(session, received.event(), received.origin()));
        }
        message.acknowledge();
        return true;
    }

    private static void listen(Connection own, ExceptionListener failures) {
        try {
            own.setExceptionListener(failures);
        } catch (JMSException | RuntimeException forbiddenInContainer) {
            LOG.log(Level.FINE, "No JMS exception listener here", forbiddenInContainer);
        }
    }

    /** Closes its session, and its connection when it has one of its own. */
    void close() {
        close(own, session);
    }

    private static void close(Connection own, Session session) {
        try {
            if (own != null) {
                own.close();
            } else if (session != null) {
                session.close();
            }
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing the JMS sequencer failed", e);
        }
    }
}
