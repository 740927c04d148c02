package io.kanava;

/**
 * Pushes events to the connections subscribed to a topic, on this node or, with a clustered transport, on every
 * node. Injectable anywhere with {@code @Inject EventHub}: a channel handler, a JAX-RS resource, an EJB timer.
 *
 * <p>A subscribed connection receives {@code {"event": topic, "data": data}}, after its channel's middleware. Which
 * topics a connection receives is the application's decision, typically in {@code onConnect} or in an action;
 * clients cannot subscribe themselves. A connection's subscriptions end when it closes.
 *
 * <p>A publish serialises its data once, whatever the number of subscribers, and never blocks on a slow client:
 * each connection has its own bounded queue (see {@link ChannelDefinitionBuilder#outboundQueue(int, long)}).
 *
 * <p>Every method takes a topic by name or as a typed {@link Topic}; with a {@code Topic}, publishing data of another
 * type does not compile.
 */
public interface EventHub {

    /** The error code of a subscription beyond the connection's bound. */
    String TOO_MANY_SUBSCRIPTIONS = "too_many_subscriptions";

    /**
     * Publishes an event to every subscriber of a topic.
     *
     * @param topic the topic, which is also the event's name on the wire
     * @param data the event's data, serialised with JSON-B; may be {@code null}
     */
    default void publish(String topic, Object data) {
        publish(topic, data, null);
    }

    /**
     * Publishes an event to every subscriber of a topic but one connection, typically the sender of a chat message.
     *
     * @param topic the topic
     * @param data the event's data, serialised with JSON-B; may be {@code null}
     * @param except the connection that must not receive it, or {@code null}
     */
    void publish(String topic, Object data, Connection except);

    /**
     * Subscribes a connection to a topic. Subscribing twice is the same as once; subscribing a connection that has
     * closed, even one closing at the same moment, leaves nothing subscribed.
     *
     * @param topic the topic
     * @param connection a connection of one of this application's channels
     * @throws ActionException with the code {@value #TOO_MANY_SUBSCRIPTIONS} when the connection already has its
     *     channel's bound of topics ({@link ChannelDefinitionBuilder#maxSubscriptionsPerConnection(int)}, 1,000 by
     *     default); a handler that lets it pass answers its caller with that code
     */
    void subscribe(String topic, Connection connection);

    /**
     * Ends a connection's subscription to a topic; nothing more of that topic reaches it once this returns.
     *
     * @param topic the topic
     * @param connection the connection
     */
    void unsubscribe(String topic, Connection connection);

    /**
     * Listens to a topic in the application itself, without a connection.
     *
     * @param topic the topic
     * @param type the type the event's data is bound to with JSON-B
     * @param listener called for each event, on the publishing thread for local events
     * @param <T> the data type
     * @return the subscription; closing it stops the listener
     */
    <T> Subscription subscribe(String topic, Class<T> type, EventListener<T> listener);

    /**
     * Returns how many connections on this node are subscribed to a topic.
     *
     * @param topic the topic
     * @return the number of local subscribers
     */
    int subscriberCount(String topic);

    /**
     * Publishes an event to every subscriber of a typed topic.
     *
     * @param topic the topic
     * @param data the event's data, of the topic's type; may be {@code null}
     * @param <T> the topic's type
     */
    default <T> void publish(Topic<T> topic, T data) {
        publish(topic.name(), data, null);
    }

    /**
     * Publishes an event to every subscriber of a typed topic but one connection.
     *
     * @param topic the topic
     * @param data the event's data, of the topic's type; may be {@code null}
     * @param except the connection that must not receive it, or {@code null}
     * @param <T> the topic's type
     */
    default <T> void publish(Topic<T> topic, T data, Connection except) {
        publish(topic.name(), data, except);
    }

    /**
     * Closes every connection of a subject on every node: each connection of this application whose
     * {@link Connection#subject()} is {@code subject} (its in-band session's subject, else its container principal's
     * name) is closed with 1008 and the reason, after what it had queued is written, and its {@code onDisconnect}
     * runs. With a clustered transport the order travels like an event, so it reaches the other nodes as events do;
     * inside a transaction it follows the hub's transaction policy, as a publish does. Typically called when a user
     * logs out everywhere or is locked out.
     *
     * @param subject the subject whose connections close
     * @param reason the close reason sent to each client, at most 123 bytes of UTF-8 (longer is cut)
     * @throws io.kanava.KanavaException when the order cannot be carried; the caller learns at once
     */
    void disconnect(String subject, String reason);

    /**
     * Subscribes a connection to a typed topic, as {@link #subscribe(String, Connection)} does.
     *
     * @param topic the topic
     * @param connection a connection of one of this application's channels
     */
    default void subscribe(Topic<?> topic, Connection connection) {
        subscribe(topic.name(), connection);
    }

    /**
     * Ends a connection's subscription to a typed topic.
     *
     * @param topic the topic
     * @param connection the connection
     */
    default void unsubscribe(Topic<?> topic, Connection connection) {
        unsubscribe(topic.name(), connection);
    }

    /**
     * Listens to a typed topic in the application itself; each event's data is bound to the topic's type.
     *
     * @param topic the topic
     * @param listener called for each event, on the publishing thread for local events
     * @param <T> the topic's type
     * @return the subscription; closing it stops the listener
     */
    <T> Subscription subscribe(Topic<T> topic, EventListener<T> listener);

    /**
     * Returns how many connections on this node are subscribed to a typed topic.
     *
     * @param topic the topic
     * @return the number of local subscribers
     */
    default int subscriberCount(Topic<?> topic) {
        return subscriberCount(topic.name());
    }
}
