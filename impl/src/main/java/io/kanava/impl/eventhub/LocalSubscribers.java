package io.kanava.impl.eventhub;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.kanava.ActionException;
import io.kanava.EventHub;
import io.kanava.impl.Messages;
import io.kanava.spi.EventSink;
import io.kanava.spi.PayloadCodec;
import io.kanava.spi.TransportEvent;

/**
 * The subscribers of this node, by topic: connections and in-application listeners. Thread-safe; a topic with no
 * subscribers left takes no memory.
 */
final class LocalSubscribers implements EventSink {

    private static final Logger LOG = Logger.getLogger(LocalSubscribers.class.getName());

    private final Map<String, TopicMembers> connections = new ConcurrentHashMap<>();
    private final Map<String, CopyOnWriteArrayList<TopicListener<?>>> listeners = new ConcurrentHashMap<>();
    private final PayloadCodec codec;

    LocalSubscribers(PayloadCodec codec) {
        this.codec = codec;
    }

    /**
     * Subscribes a connection to a topic.
     *
     * @throws ActionException {@code too_many_subscriptions} when it already has its channel's bound of topics
     */
    void add(String topic, EventSubscriber subscriber) {
        Set<String> topics = subscriber.topics();
        if (topics.add(topic) && topics.size() > subscriber.maxSubscriptions()) {
            topics.remove(topic); // counted first, so concurrent subscribes cannot pass the bound together
            throw new ActionException(
                    EventHub.TOO_MANY_SUBSCRIPTIONS,
                    Messages.tooManySubscriptions(subscriber.maxSubscriptions(), topic));
        }
        connections.compute(topic, (key, existing) -> {
            TopicMembers members = existing != null ? existing : new TopicMembers();
            members.add(subscriber);
            return members;
        });
    }

    void remove(String topic, EventSubscriber subscriber) {
        subscriber.topics().remove(topic);
        connections.computeIfPresent(topic, (key, members) -> {
            members.remove(subscriber);
            return members.isEmpty() ? null : members;
        });
    }

    void removeAll(EventSubscriber subscriber) {
        for (String topic : subscriber.topics().toArray(String[]::new)) {
            remove(topic, subscriber);
        }
    }

    void add(TopicListener<?> listener) {
        listeners
                .computeIfAbsent(listener.topic(), key -> new CopyOnWriteArrayList<>())
                .add(listener);
    }

    void remove(TopicListener<?> listener) {
        listeners.computeIfPresent(listener.topic(), (key, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    int count(String topic) {
        TopicMembers members = connections.get(topic);
        return members == null ? 0 : members.size();
    }

    @Override
    public void deliver(TransportEvent event) {
        TopicMembers members = connections.get(event.topic());
        EventSubscriber[] recipients = members == null ? null : members.forPublish();
        if (recipients != null && recipients.length > 0) {
            HubEvent shared = new HubEvent(event.topic(), event.json());
            String except = event.exceptConnection();
            for (EventSubscriber member : recipients) {
                if (except == null || !except.equals(member.id())) {
                    member.deliver(shared);
                }
            }
        }
        var topicListeners = listeners.get(event.topic());
        if (topicListeners != null) {
            topicListeners.forEach(listener -> notify(listener, event));
        }
    }

    private void notify(TopicListener<?> listener, TransportEvent event) {
        try {
            listener.accept(codec, event.json());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, Messages.listenerFailed(event.topic()), e);
        }
    }
}
