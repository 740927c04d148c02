package io.kanava.impl.eventhub;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kanava.impl.routing.TestConnection;

/** A connection without a socket that keeps the events the hub delivers to it. */
final class RecordingSubscriber extends TestConnection implements EventSubscriber {

    final String id;
    final List<HubEvent> events = new CopyOnWriteArrayList<>();
    private final Set<String> topics = ConcurrentHashMap.newKeySet();

    RecordingSubscriber(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<String> topics() {
        return topics;
    }

    @Override
    public void deliver(HubEvent event) {
        events.add(event);
    }

    List<String> frames() {
        return events.stream().map(HubEvent::frame).toList();
    }
}
