package io.kanava.impl.eventhub;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The connections subscribed to one topic, in the order they subscribed. Publishing walks an array rather than a
 * set: a fan-out to thousands of connections then costs about what writing to each in a loop does. The array is a
 * snapshot of the set, made by the first publish after a change and reused, without a lock, until the next change;
 * subscribing and unsubscribing hold the lock only to change the set.
 */
final class TopicMembers {

    private static final EventSubscriber[] NONE = new EventSubscriber[0];

    private final Set<EventSubscriber> members = new LinkedHashSet<>();
    private volatile EventSubscriber[] snapshot = NONE;
    private volatile boolean changed;

    synchronized void add(EventSubscriber subscriber) {
        if (members.add(subscriber)) {
            changed = true;
        }
    }

    synchronized void remove(EventSubscriber subscriber) {
        if (members.remove(subscriber)) {
            changed = true;
        }
    }

    synchronized boolean isEmpty() {
        return members.isEmpty();
    }

    synchronized int size() {
        return members.size();
    }

    /**
     * Returns the members to deliver a publish to, in the order they subscribed. A change that races the publish may
     * or may not be included; the next publish includes it.
     *
     * @return the members; the caller must not modify the array
     */
    EventSubscriber[] forPublish() {
        if (!changed) {
            return snapshot;
        }
        synchronized (this) {
            if (changed) {
                snapshot = members.toArray(NONE);
                changed = false;
            }
            return snapshot;
        }
    }
}
