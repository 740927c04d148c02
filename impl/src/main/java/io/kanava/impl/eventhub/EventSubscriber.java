package io.kanava.impl.eventhub;

import java.util.Set;

/**
 * A connection as the hub sees it: something events are delivered to, which remembers its topics so its
 * subscriptions can all end when it closes.
 */
public interface EventSubscriber {

    /**
     * Returns the connection's id.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the live set of topics this subscriber is subscribed to.
     *
     * @return a thread-safe set owned by the subscriber
     */
    Set<String> topics();

    /**
     * Returns how many topics this subscriber may be subscribed to at once.
     *
     * @return the bound of its channel
     */
    int maxSubscriptions();

    /**
     * Delivers one published event: runs the channel's middleware and queues what it forwards.
     *
     * @param event the event, shared by every subscriber of this publish
     */
    void deliver(HubEvent event);
}
