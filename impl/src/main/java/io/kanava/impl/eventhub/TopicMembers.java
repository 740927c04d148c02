package io.kanava.impl.eventhub;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The connections subscribed to one topic, in the order they subscribed. Publishing walks an array rather than a
 * set: a fan-out to thousands of connections then costs about what writing to each in a loop does. The array is a
 * snapshot of the set, dropped by every change and made again, under the lock, by the next publish; publishes in
 * between read it without a lock. A topic whose members change between every two publishes pays a copy of its
 * members per publish, about what the fan-out itself costs.
 */
final class TopicMembers {

    private static final EventSubscriber[] NONE = new EventSubscriber[0];

    private final Set<EventSubscriber> members = new LinkedHashSet<>();
    private volatile EventSubscriber[] snapshot = NONE;

    synchronized void add(EventSubscriber subscriber) {
        if (members.add(subscriber)) {
            snapshot = null;
        }
    }

    synchronized void remove(EventSubscriber subscriber) {
        if (members.remove(subscriber)) {
            snapshot = null;
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
        EventSubscriber[] current = snapshot;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (current == null) {
                current = members.toArray(NONE);
                snapshot = current;
            }
            return current;
        }
    }
}
