package io.kanava.impl.eventhub;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kanava.impl.routing.TestConnection;

/** A connection without a socket that keeps the events the hub delivers to it. */
public final class RecordingSubscriber extends TestConnection implements EventSubscriber {

    final String id;
    public final List<HubEvent> events = new CopyOnWriteArrayList<>();
    private final Set<String> topics = ConcurrentHashMap.newKeySet();

    public volatile boolean open = true;
    private final int maxSubscriptions;

    public RecordingSubscriber(String id) {
        this(id, 1_000);
    }

    public RecordingSubscriber(String id, int maxSubscriptions) {
        this.id = id;
        this.maxSubscriptions = maxSubscriptions;
    }

    @Override
    public int maxSubscriptions() {
        return maxSubscriptions;
    }

    @Override
    public boolean isOpen() {
        return open;
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
        synchronized (events) {
            events.add(event);
            events.notifyAll();
        }
    }

    /**
     * Waits until at least a number of events arrived.
     *
     * @param count the number to wait for
     * @param millis how long to wait at most
     * @return the events received so far
     */
    public List<HubEvent> await(int count, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (events) {
            while (events.size() < count) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    break;
                }
                events.wait(left);
            }
            return List.copyOf(events);
        }
    }

    public List<String> frames() {
        return events.stream().map(HubEvent::frame).toList();
    }
}
