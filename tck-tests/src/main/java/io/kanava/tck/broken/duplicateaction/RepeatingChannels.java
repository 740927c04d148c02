package io.kanava.tck.broken.duplicateaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** Declares the action {@code send} twice in one channel. */
@ApplicationScoped
public class RepeatingChannels {

    @Produces
    ChannelDefinition repeating() {
        return ChannelDefinition.builder("repeating")
                .action("send", String.class, Void.class, (text, context) -> null)
                .action("send", String.class, String.class, (text, context) -> text)
                .build();
    }
}
