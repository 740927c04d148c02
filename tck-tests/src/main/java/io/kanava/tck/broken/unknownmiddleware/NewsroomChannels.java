package io.kanava.tck.broken.unknownmiddleware;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** Declares the channel {@code newsroom}, and no other. */
@ApplicationScoped
public class NewsroomChannels {

    @Produces
    ChannelDefinition newsroom() {
        return ChannelDefinition.builder("newsroom")
                .action("ping", Void.class, String.class, (none, context) -> "pong")
                .build();
    }
}
