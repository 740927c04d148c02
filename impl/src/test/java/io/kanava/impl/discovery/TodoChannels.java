package io.kanava.impl.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** Declares a valid channel. */
@ApplicationScoped
public class TodoChannels {

    @Produces
    ChannelDefinition todos() {
        return ChannelDefinition.builder("todos")
                .action("list", Void.class, String.class, (input, context) -> "[]")
                .build();
    }
}
