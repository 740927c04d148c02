package io.kanava.impl.eventhub.jms;

import java.util.UUID;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.ExceptionListener;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

import io.kanava.impl.Messages;
import io.kanava.spi.EventSink;
import io.kanava.spi.EventTransport;
import io.kanava.spi.TransportEvent;

/**
 * Carries events between nodes over one JMS topic: per node one connection holding the node's single non-durable
 * consumer, read by one thread, and the {@link Producers} that publish, each lent to one publisher at a time. Each
 * event travels as {@link EventMessages} describes.
 *
 * <p>A publish goes to the broker and returns once the broker has accepted it, so it fails at once when the broker
 * is away. Every node, the publishing one included, delivers what its consumer reads from the topic, in the order the
 * broker holds it: subscribers on every node see one topic's events in the same order, and each event once. When
 * the broker goes away the transport logs it once, refuses publishes, and reconnects in the background, waiting
 * longer each time up to a bound, until the broker is back; subscribers keep their WebSockets throughout.
 */
public final class JmsTopicEventTransport implements EventTransport {

    private static final Logger LOG = Logger.getLogger(JmsTopicEventTransport.class.getName());
    private static final long RECEIVE_MILLIS = 250;
    private static final long FIRST_RETRY_MILLIS = 100;

    private final ConnectionFactory factory;
    private final String topicName;
    private final ThreadFactory threads;
    private final AutoCloseable owned;
    private final Tuning tuning;
    private final String node = UUID.randomUUID().toString();
    private final AtomicBoolean foreignReported = new AtomicBoolean();

    private volatile EventSink sink;
    private volatile boolean running;
    private volatile Link link;
    private Thread worker;
    private Thread sequencing;

    /**
     * How the transport uses the broker.
     *
     * @param producers how many publishers of a node may wait for the broker at once
     * @param producerWaitMillis how long a publisher waits for a free producer before the broker is taken as stalled
     * @param lastRetryMillis the longest pause between two attempts to reconnect
     * @param sequenced whether events pass through a {@link Sequencer}, so that every node sees one topic's events in
     *     one order
     */
    public record Tuning(int producers, long producerWaitMillis, long lastRetryMillis, boolean sequenced) {

        /** Eight producers, a wait of 10 s for one, reconnect attempts at most 2 s apart, no sequencer. */
        public static final Tuning DEFAULT = new Tuning(8, 10_000, 2_000, false);

        /**
         * Returns these settings with or without a sequencer.
         *
         * @param on whether events pass through a sequencer
         * @return the settings
         */
        public Tuning sequenced(boolean on) {
            return new Tuning(producers, producerWaitMillis, lastRetryMillis, on);
        }
    }

    /**
     * Creates the transport; nothing connects before {@link #start(EventSink)}.
     *
     * @param factory the connection factory, the container's or an Artemis client's
     * @param topicName the JMS topic shared by the nodes
     * @param threads where the consumer thread comes from (a managed thread factory in a container)
     */
    public JmsTopicEventTransport(ConnectionFactory factory, String topicName, ThreadFactory threads) {
        this(factory, topicName, threads, () -> {}, Tuning.DEFAULT);
    }

    /**
     * Creates a transport that owns its connection factory, or something else to release last, such as a client
     * factory it built itself: {@link #close()} closes it after the connections.
     *
     * @param factory the connection factory
     * @param topicName the JMS topic shared by the nodes
     * @param threads where the consumer thread comes from
     * @param owned closed when the transport closes, after its connections and its thread
     * @param tuning how it uses the broker
     */
    public JmsTopicEventTransport(
            ConnectionFactory factory, String topicName, ThreadFactory threads, AutoCloseable owned, Tuning tuning) {
        this.factory = factory;
        this.topicName = topicName;
        this.threads = threads;
        this.owned = owned;
        this.tuning = tuning;
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
        if (tuning.sequenced()) {
            sequencing = threads.newThread(this::sequence);
            sequencing.setName("kanava-jms-sequencer-" + topicName);
            sequencing.setDaemon(true);
            sequencing.start();
        }
    }

    @Override
    public void publish(TransportEvent event) {
        Link current = link;
        if (current == null) {
            throw Messages.brokerUnavailable(topicName, null);
        }
        try {
            if (current.producers().send(event, node)) {
                return;
            }
        } catch (JMSException | RuntimeException e) {
            lost(current, e);
            throw Messages.brokerUnavailable(topicName, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Messages.brokerUnavailable(topicName, e);
        }
        // every producer stayed busy: the broker is slow, not gone, so only this publish is refused
        throw Messages.producersBusy(topicName, tuning.producers(), tuning.producerWaitMillis());
    }

    /**
     * Tells whether the transport is connected to the broker now.
     *
     * @return {@code true} while it holds a link
     */
    public boolean connected() {
        return link != null;
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
     * Returns how many producers the node holds now, for tests.
     *
     * @return the count, 0 while disconnected
     */
    int producersOpen() {
        Link current = link;
        return current == null ? 0 : current.producers().open();
    }

    /** Forwards this node's share of the sequencer queue's groups while the transport runs. */
    private void sequence() {
        while (running) {
            Link current = link;
            if (current == null) {
                pause(FIRST_RETRY_MILLIS);
                continue;
            }
            try {
                current.sequencer().forwardNext(RECEIVE_MILLIS);
            } catch (JMSException | RuntimeException e) {
                if (running) {
                    lost(current, e);
                }
            }
        }
    }

    private void consume() {
        long retry = FIRST_RETRY_MILLIS;
        while (running) {
            Link current = link;
            if (current == null) {
                current = connectOrNull(false);
                if (current == null) {
                    pause(retry);
                    retry = Math.min(retry * 2, Math.max(FIRST_RETRY_MILLIS, tuning.lastRetryMillis()));
                    continue;
                }
                if (!connected(current)) {
                    current.close();
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

    /** Delivers an event from any node, this one too; a message that is not an event costs only itself. */
    private void handle(Message message) {
        try {
            EventMessages.Received received = EventMessages.read(message);
            if (received == null) {
                if (foreignReported.compareAndSet(false, true)) {
                    LOG.warning(Messages.foreignMessage(topicName, message.getJMSMessageID()));
                }
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
        Producers producers = null;
        Sequencer sequencer = null;
        try {
            consuming = factory.createConnection();
            Session consumerSession = consuming.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = consumerSession.createConsumer(consumerSession.createTopic(topicName));
            AtomicReference<Link> created = new AtomicReference<>();
            ExceptionListener failures = failure -> lost(created.get(), failure);
            sequencer = tuning.sequenced()
                    ? Sequencer.open(factory, consuming, topicName, sequenceQueue(), failures)
                    : null;
            producers = Producers.open(
                    factory,
                    consuming,
                    tuning.sequenced() ? sequenceQueue() : topicName,
                    tuning.sequenced(),
                    tuning.producers(),
                    tuning.producerWaitMillis(),
                    failures);
            created.set(new Link(consuming, consumer, producers, sequencer));
            listenForFailures(consuming, failures);
            consuming.start();
            return created.get();
        } catch (JMSException | RuntimeException e) {
            if (producers != null) {
                producers.close();
            }
            if (sequencer != null) {
                sequencer.close();
            }
            closeQuietly(consuming);
            if (first) {
                LOG.log(Level.WARNING, Messages.brokerLost(topicName), e);
            }
            return null;
        }
    }

    /** The queue the nodes publish into when events pass through a sequencer: the topic's name, {@code .sequence}. */
    private String sequenceQueue() {
        return topicName + ".sequence";
    }

    /** Learns of an outage at once where the factory allows it; in a container, the next receive or send tells. */
    private static void listenForFailures(Connection connection, ExceptionListener failures) {
        try {
            connection.setExceptionListener(failures);
        } catch (JMSException | RuntimeException forbiddenInContainer) {
            LOG.log(Level.FINE, "No JMS exception listener here; outages are noticed on use", forbiddenInContainer);
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
        failed.close();
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
            current.close();
        }
        for (Thread thread : new Thread[] {worker, sequencing}) {
            if (thread != null) {
                thread.interrupt();
                try {
                    thread.join(RECEIVE_MILLIS * 8);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
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

    /** A node's link to the broker: the consumer's connection, the producers, and the sequencer if any. */
    private record Link(Connection consuming, MessageConsumer consumer, Producers producers, Sequencer sequencer) {

        void close() {
            producers.close();
            if (sequencer != null) {
                sequencer.close();
            }
            closeQuietly(consuming);
        }
    }
}
