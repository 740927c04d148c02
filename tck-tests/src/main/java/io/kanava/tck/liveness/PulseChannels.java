package io.kanava.tck.liveness;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/**
 * The channel {@code pulse}: {@code ping} answers {@code pong}; {@code disconnects} counts the connections whose
 * {@code onDisconnect} ran.
 */
@ApplicationScoped
public class PulseChannels {

    private final AtomicLong disconnects = new AtomicLong();

    @Produces
    ChannelDefinition pulse() {
        return ChannelDefinition.builder("pulse")
                .auth(false)
                .onDisconnect(connection -> disconnects.incrementAndGet())
                .action("ping", Void.class, String.class, (none, context) -> "pong")
                .action("disconnects", Void.class, Long.class, (none, context) -> disconnects.get())
                .build();
    }
}
