package io.kanava.tck.broken.duplicatechannel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** Declares the channel {@code chat}. */
@ApplicationScoped
public class FirstChatChannels {

    @Produces
    ChannelDefinition chat() {
        return ChannelDefinition.builder("chat")
                .action("send", String.class, Void.class, (text, context) -> null)
                .build();
    }
}
