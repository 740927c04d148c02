package io.kanava.tck.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.kanava.EventHub;

/** Lets a test wait, without polling, until a topic has a number of local subscribers. */
@ApplicationScoped
public class SubscriberGauge {

    @Inject
    EventHub hub;

    synchronized void changed() {
        notifyAll();
    }

    synchronized int await(String topic, int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (hub.subscriberCount(topic) != count) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return hub.subscriberCount(topic);
    }
}
