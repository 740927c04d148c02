package io.kanava.benchmarks.server.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;
import io.kanava.EventHub;
import io.kanava.Topic;

/**
 * The Kanava side of the on-server benchmark, written as the README shows a channel: {@code echo} answers its
 * note, {@code subscribe} adds the caller to {@link #TICKS}, {@code publish} sends its note to every subscriber.
 * The call rate is lifted because the benchmark measures cost, not the limit.
 */
@ApplicationScoped
public class BenchChannel {

    /** The topic {@code publish} sends to. */
    public static final Topic<Note> TICKS = Topic.of("bench:tick", Note.class);

    @Inject
    EventHub hub;

    @Produces
    ChannelDefinition bench() {
        return ChannelDefinition.builder("bench")
                .auth(false)
                .event(TICKS)
                .maxCallsPerSecond(1_000_000, 1_000_000)
                .action("echo", Note.class, Note.class, (note, context) -> note)
                .action("subscribe", Void.class, (nothing, context) -> hub.subscribe(TICKS, context.connection()))
                .action("publish", Note.class, (note, context) -> hub.publish(TICKS, note))
                .build();
    }
}
