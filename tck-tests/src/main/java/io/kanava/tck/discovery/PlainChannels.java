package io.kanava.tck.discovery;

import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** A producer on a class without a bean-defining annotation: a bean only in discovery mode {@code all}. */
public class PlainChannels {

    @Produces
    ChannelDefinition plain() {
        return ChannelDefinition.builder("plain")
                .auth(false)
                .action("ping", Void.class, String.class, (input, context) -> "pong")
                .build();
    }
}
