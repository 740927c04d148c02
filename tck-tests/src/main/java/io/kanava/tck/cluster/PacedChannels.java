package io.kanava.tck.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;
import io.kanava.EventHub;

/**
 * The channel {@code pacer}: {@code subscribe} subscribes the connection to {@code paced}, and {@code publish}
 * publishes a number of events there at a fixed rate, shared by several publishers on the container's managed
 * executor (as an application's requests would publish), each event carrying its publisher, its sequence number
 * within that publisher and the server's {@link System#nanoTime()} when it was published; it answers how long
 * publishing took, in microseconds. Bounded: at most {@value #MAX_EVENTS} events and {@value #MAX_SECONDS} seconds
 * of pacing a call. Its outgoing queues hold a whole call's events, so a subscriber that falls behind on a busy
 * machine catches up late rather than being given up.
 */
@ApplicationScoped
public class PacedChannels {

    /** The topic the paced events go to. */
    static final String TOPIC = "cluster:paced";

    static final int MAX_EVENTS = 100_000;
    static final int MAX_SECONDS = 10;
    static final int MAX_PUBLISHERS = 16;

    @Inject
    EventHub hub;

    @Resource
    ManagedExecutorService executor;

    /** What {@code publish} is asked. */
    public record Pace(int events, int perSecond, int publishers) {}

    /** One paced event: the {@code n}th of publisher {@code p}. */
    public record Paced(int p, int n, long sentAt) {}

    @Produces
    ChannelDefinition pacer() {
        return ChannelDefinition.builder("pacer")
                .auth(false)
                .outboundQueue(MAX_EVENTS, 16 * 1024 * 1024) // a burst on a busy two-core machine: nothing dropped
                .event(TOPIC, Paced.class)
                .action("subscribe", Void.class, Void.class, (input, context) -> {
                    hub.subscribe(TOPIC, context.connection());
                    return null;
                })
                .action("publish", Pace.class, Long.class, (pace, context) -> publish(pace))
                .build();
    }

    private long publish(Pace pace) throws Exception {
        if (pace.events() > MAX_EVENTS
                || pace.perSecond() <= 0
                || pace.publishers() <= 0
                || pace.publishers() > MAX_PUBLISHERS
                || (long) pace.events() > (long) pace.perSecond() * MAX_SECONDS) {
            throw new IllegalArgumentException("At most " + MAX_EVENTS + " events, " + MAX_PUBLISHERS
                    + " publishers and " + MAX_SECONDS + " s a call");
        }
        long started = System.nanoTime();
        List<Future<?>> publishers = new ArrayList<>();
        for (int p = 0; p < pace.publishers(); p++) {
            int publisher = p;
            publishers.add(executor.submit(() -> publishShare(pace, publisher, started)));
        }
        for (Future<?> publisher : publishers) {
            publisher.get(MAX_SECONDS * 12L, TimeUnit.SECONDS); // a saturated broker may publish far slower
        }
        return TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started);
    }

    /** Publishes publisher {@code p}'s share: every {@code publishers}th event, at its own due time. */
    private void publishShare(Pace pace, int p, long started) {
        long interval = TimeUnit.SECONDS.toNanos(1) * pace.publishers() / pace.perSecond();
        long offset = TimeUnit.SECONDS.toNanos(1) * p / pace.perSecond();
        int share = pace.events() / pace.publishers() + (p < pace.events() % pace.publishers() ? 1 : 0);
        for (int n = 0; n < share; n++) {
            long early = started + offset + n * interval - System.nanoTime();
            if (early > 0) {
                LockSupport.parkNanos(early);
            }
            hub.publish(TOPIC, new Paced(p, n, System.nanoTime()));
        }
    }
}
