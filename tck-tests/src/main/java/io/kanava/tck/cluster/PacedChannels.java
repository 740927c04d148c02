package io.kanava.tck.cluster;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;
import io.kanava.EventHub;

/**
 * The channel {@code pacer}: {@code subscribe} subscribes the connection to {@code paced}, and {@code publish}
 * publishes a number of events there at a fixed rate from the calling thread, each carrying its sequence number and
 * the server's {@link System#nanoTime()} when it was published, and answers how long publishing took, in
 * microseconds. Bounded: at most {@value #MAX_EVENTS} events and {@value #MAX_SECONDS} seconds a call.
 */
@ApplicationScoped
public class PacedChannels {

    /** The topic the paced events go to. */
    static final String TOPIC = "cluster:paced";

    static final int MAX_EVENTS = 100_000;
    static final int MAX_SECONDS = 10;

    @Inject
    EventHub hub;

    /** What {@code publish} is asked. */
    public record Pace(int events, int perSecond) {}

    /** One paced event. */
    public record Paced(int n, long sentAt) {}

    @Produces
    ChannelDefinition pacer() {
        return ChannelDefinition.builder("pacer")
                .auth(false)
                .event(TOPIC, Paced.class)
                .action("subscribe", Void.class, Void.class, (input, context) -> {
                    hub.subscribe(TOPIC, context.connection());
                    return null;
                })
                .action("publish", Pace.class, Long.class, (pace, context) -> publish(pace))
                .build();
    }

    private long publish(Pace pace) {
        if (pace.events() > MAX_EVENTS
                || pace.perSecond() <= 0
                || (long) pace.events() > (long) pace.perSecond() * MAX_SECONDS) {
            throw new IllegalArgumentException("At most " + MAX_EVENTS + " events and " + MAX_SECONDS + " s a call");
        }
        long interval = TimeUnit.SECONDS.toNanos(1) / pace.perSecond();
        long started = System.nanoTime();
        for (int n = 0; n < pace.events(); n++) {
            long due = started + n * interval;
            long early = due - System.nanoTime();
            if (early > 0) {
                LockSupport.parkNanos(early);
            }
            hub.publish(TOPIC, new Paced(n, System.nanoTime()));
        }
        return TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started);
    }
}
