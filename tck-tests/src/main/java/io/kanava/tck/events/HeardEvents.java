package io.kanava.tck.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.kanava.EventHub;
import io.kanava.Subscription;
import io.kanava.Topic;

/** An in-application listener of a topic, in the listener form of the hub, with a typed topic. */
@ApplicationScoped
public class HeardEvents {

    @Inject
    EventHub hub;

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private volatile Subscription subscription;

    synchronized void listen(String topic) {
        if (subscription == null) {
            subscription = hub.subscribe(
                    Topic.of(topic, Headline.class), (name, headline) -> heard.add(name + ":" + headline.text()));
        }
    }

    synchronized void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    List<String> heard() {
        return List.copyOf(heard);
    }
}
