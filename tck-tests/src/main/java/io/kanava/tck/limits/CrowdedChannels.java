package io.kanava.tck.limits;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;
import io.kanava.EventHub;

/**
 * Channels with small bounds: {@code crowded} takes three connections; {@code /secured/personal} two per principal;
 * {@code follower} lets a connection {@code follow} topics up to the application's bound of subscriptions (two in the
 * scenario's {@code web.xml}). {@code connects} answers how many connections have run {@code onConnect}.
 */
@ApplicationScoped
public class CrowdedChannels {

    private final AtomicInteger connects = new AtomicInteger();

    @Inject
    EventHub hub;

    @Produces
    ChannelDefinition crowded() {
        return ChannelDefinition.builder("crowded")
                .auth(false)
                .maxConnections(3)
                .onConnect(connection -> connects.incrementAndGet())
                .action("connects", Void.class, Integer.class, (input, context) -> connects.get())
                .build();
    }

    @Produces
    ChannelDefinition personal() {
        return ChannelDefinition.builder("personal")
                .route("/secured/personal")
                .maxConnectionsPerPrincipal(2)
                .action("whoami", Void.class, String.class, (input, context) -> context.connection()
                        .principal()
                        .orElseThrow()
                        .getName())
                .build();
    }

    @Produces
    ChannelDefinition follower() {
        return ChannelDefinition.builder("follower")
                .auth(false)
                .action("follow", String.class, (topic, context) -> hub.subscribe(topic, context.connection()))
                .build();
    }
}
