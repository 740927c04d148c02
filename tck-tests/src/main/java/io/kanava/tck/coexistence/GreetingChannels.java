package io.kanava.tck.coexistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;

/** A Kanava channel in the same WAR as a plain JSR-356 endpoint, using the same CDI bean. */
@ApplicationScoped
public class GreetingChannels {

    @Inject
    EchoReplyComposer composer;

    @Produces
    ChannelDefinition greeting() {
        return ChannelDefinition.builder("greeting")
                .auth(false)
                .action("echo", String.class, String.class, (text, context) -> composer.reply(text))
                .build();
    }
}
