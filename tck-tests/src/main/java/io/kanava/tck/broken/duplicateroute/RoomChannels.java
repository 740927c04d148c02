package io.kanava.tck.broken.duplicateroute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** Declares two channels on {@code /rooms/{room}} and {@code /rooms/{id}}: the same path for the container. */
@ApplicationScoped
public class RoomChannels {

    @Produces
    ChannelDefinition rooms() {
        return ChannelDefinition.builder("rooms")
                .route("/rooms/{room}")
                .action("join", Void.class, Void.class, (input, context) -> null)
                .build();
    }

    @Produces
    ChannelDefinition halls() {
        return ChannelDefinition.builder("halls")
                .route("/rooms/{id}")
                .action("join", Void.class, Void.class, (input, context) -> null)
                .build();
    }
}
