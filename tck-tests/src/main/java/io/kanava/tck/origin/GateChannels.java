package io.kanava.tck.origin;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** The channel {@code gate}, which counts the connections it opened. */
@ApplicationScoped
public class GateChannels {

    private final AtomicLong connects = new AtomicLong();

    @Produces
    ChannelDefinition gate() {
        return ChannelDefinition.builder("gate")
                .auth(false)
                .onConnect(connection -> connects.incrementAndGet())
                .action("connects", Void.class, Long.class, (input, context) -> connects.get())
                .build();
    }
}
