package io.kanava.tck.liveness;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/**
 * The channel {@code pulse}: {@code ping} answers {@code pong}; {@code disconnects} counts the connections whose
 * {@code onDisconnect} ran, and {@code ended} whether the one opened with the query parameter {@code label} of that value
 * has ended; {@code bulk} answers a text of as many KiB as asked for (its outgoing queue holds 64 MiB,
 * so a client that stops reading fills the network's buffers long before it overflows).
 */
@ApplicationScoped
public class PulseChannels {

    private final AtomicLong disconnects = new AtomicLong();
    private final Set<String> endedLabels = ConcurrentHashMap.newKeySet();

    @Produces
    ChannelDefinition pulse() {
        return ChannelDefinition.builder("pulse")
                .auth(false)
                .onDisconnect(connection -> {
                    connection.queryParameter("label").ifPresent(endedLabels::add);
                    disconnects.incrementAndGet();
                })
                .action("ping", Void.class, String.class, (none, context) -> "pong")
                .outboundQueue(1024, 64L * 1024 * 1024)
                .action("disconnects", Void.class, Long.class, (none, context) -> disconnects.get())
                .action("ended", String.class, Boolean.class, (label, context) -> endedLabels.contains(label))
                .action("bulk", Integer.class, String.class, (kib, context) -> "x".repeat(kib * 1024))
                .build();
    }
}
