package io.kanava.tck.broken.duplicatechannel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** Declares the channel {@code chat} again, on another route. */
@ApplicationScoped
public class SecondChatChannels {

    @Produces
    ChannelDefinition chat() {
        return ChannelDefinition.builder("chat")
                .route("/other/chat")
                .action("send", String.class, Void.class, (text, context) -> null)
                .build();
    }
}
