package io.kanava.impl.eventhub;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;

import io.kanava.Connection;
import io.kanava.EventHub;
import io.kanava.EventListener;
import io.kanava.Subscription;
import io.kanava.Topic;
import io.kanava.impl.Messages;
import io.kanava.impl.eventhub.jms.JmsTopicEventTransport;
import io.kanava.impl.eventhub.local.InMemoryEventTransport;
import io.kanava.impl.metrics.EventHubMetrics;
import io.kanava.spi.EventTransport;
import io.kanava.spi.PayloadCodec;
import io.kanava.spi.TransportEvent;

/**
 * The application's {@link EventHub}: serialises each publish once, hands it to the transport, and delivers what the
 * transport brings to this node's subscribers. The extension adds it as a bean, whatever the application's bean
 * discovery mode.
 */
@ApplicationScoped
public class KanavaEventHub implements EventHub {

    private static final Logger LOG = Logger.getLogger(KanavaEventHub.class.getName());

    PayloadCodec codec;

    private LocalSubscribers subscribers;
    private volatile EventTransport transport;
    private volatile AfterCommit afterCommit = AfterCommit.NEVER;
    private volatile ConnectionDirectory directory = ConnectionDirectory.NONE;
    private final EventHubMetrics metrics = new EventHubMetrics();

    /** For CDI. */
    protected KanavaEventHub() {}

    /**
     * Creates a started hub outside CDI, for benchmarks and embedding.
     *
     * @param codec the codec serialising published data
     * @param transport the transport, not yet started
     * @return the hub
     */
    public static KanavaEventHub create(PayloadCodec codec, EventTransport transport) {
        KanavaEventHub hub = new KanavaEventHub();
        hub.codec = codec;
        hub.start(transport);
        return hub;
    }

    /**
     * Starts in memory. The codec is looked up through {@link CDI#current()}, as the registrar does, so that an
     * application's own codec (an alternative in {@code WEB-INF/classes}) is the one events are written with: an
     * injection point in Kanava's archive does not see those beans on Payara.
     */
    @PostConstruct
    void start() {
        if (codec == null) {
            codec = CDI.current().select(PayloadCodec.class).get();
        }
        start(new InMemoryEventTransport());
    }

    private void start(EventTransport chosen) {
        metrics.linkState(this::linkState);
        subscribers = new LocalSubscribers(codec);
        transport = chosen;
        transport.start(this::arrived);
    }

    /**
     * Moves the hub to another transport, keeping every subscription; the previous transport is closed.
     *
     * @param next the transport, not yet started
     */
    public synchronized void use(EventTransport next) {
        EventTransport previous = transport;
        next.start(this::arrived);
        transport = next;
        previous.close();
    }

    /** Stops the transport. */
    @PreDestroy
    public void stop() {
        transport.close();
    }

    /**
     * Lets the hub reach this node's open connections, to carry out disconnect orders.
     *
     * @param connections the application's open connections
     */
    public void connections(ConnectionDirectory connections) {
        this.directory = connections;
    }

    /** An event or an order that reached this node. */
    private void arrived(TransportEvent event) {
        if (!DisconnectOrders.TOPIC.equals(event.topic())) {
            subscribers.deliver(event);
            return;
        }
        DisconnectOrders.Order order = DisconnectOrders.read(event);
        if (order == null) {
            LOG.warning(() -> Messages.unreadableOrder(event.json()));
            return;
        }
        directory.forEach(connection -> {
            if (connection.subject().filter(order.subject()::equals).isPresent()) {
                connection.close(Connection.POLICY_VIOLATION, order.reason());
            }
        });
    }

    @Override
    public void disconnect(String subject, String reason) {
        TransportEvent order = DisconnectOrders.write(subject, reason);
        afterCommit.publish(DisconnectOrders.TOPIC, () -> transport.publish(order));
    }

    @Override
    public void publish(String topic, Object data, Connection except) {
        refuseReserved(topic);
        String json = codec.encode(data, data == null ? Object.class : data.getClass());
        TransportEvent event = new TransportEvent(topic, json, except == null ? null : except.id());
        afterCommit.publish(topic, () -> timedPublish(event));
    }

    private void timedPublish(TransportEvent event) {
        if (!metrics.counting()) {
            transport.publish(event);
            return;
        }
        long started = System.nanoTime();
        try {
            transport.publish(event);
        } catch (RuntimeException refused) {
            metrics.publishFailed();
            throw refused;
        }
        metrics.published(System.nanoTime() - started);
    }

    /**
     * Returns what the hub has done, for operators.
     *
     * @return its metrics
     */
    public EventHubMetrics metrics() {
        return metrics;
    }

    /** The state of the current transport's link to the other nodes, as {@link EventHubMetrics} reports it. */
    private String linkState() {
        EventTransport current = transport;
        if (current instanceof InMemoryEventTransport) {
            return "in-memory";
        }
        if (current instanceof JmsTopicEventTransport jms) {
            return jms.connected() ? "connected" : "disconnected";
        }
        return "custom";
    }

    /**
     * Sets what a publish inside an active transaction does.
     *
     * @param policy publishes when the transaction commits, or at once
     */
    public void publishInTransactions(AfterCommit policy) {
        this.afterCommit = policy;
    }

    @Override
    public void subscribe(String topic, Connection connection) {
        refuseReserved(topic);
        EventSubscriber subscriber = subscriberOf(connection);
        subscribers.add(topic, subscriber);
        if (!connection.isOpen()) {
            // it closed, before or while this ran: a connection is marked closed before its subscriptions end, so
            // either that ending saw this subscription or this check sees the mark
            subscribers.remove(topic, subscriber);
        }
    }

    @Override
    public void unsubscribe(String topic, Connection connection) {
        subscribers.remove(topic, subscriberOf(connection));
    }

    @Override
    public <T> Subscription subscribe(String topic, Class<T> type, EventListener<T> listener) {
        refuseReserved(topic);
        TopicListener<T> registration = new TopicListener<>(topic, type, listener);
        subscribers.add(registration);
        return () -> subscribers.remove(registration);
    }

    @Override
    public <T> Subscription subscribe(Topic<T> topic, EventListener<T> listener) {
        TopicListener<T> registration = new TopicListener<>(topic.name(), topic.type(), listener);
        subscribers.add(registration);
        return () -> subscribers.remove(registration);
    }

    @Override
    public int subscriberCount(String topic) {
        return subscribers.count(topic);
    }

    /**
     * Ends every subscription of a connection that closed.
     *
     * @param subscriber the connection
     */
    public void closed(EventSubscriber subscriber) {
        subscribers.removeAll(subscriber);
    }

    private static void refuseReserved(String topic) {
        if (DisconnectOrders.reserved(topic)) {
            throw Messages.reservedTopic(topic);
        }
    }

    private static EventSubscriber subscriberOf(Connection connection) {
        if (connection instanceof EventSubscriber subscriber) {
            return subscriber;
        }
        throw Messages.foreignConnection(connection);
    }
}
