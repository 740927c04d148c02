package io.kanava.tck.drain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** The channel {@code napping}: {@code nap} sleeps for the milliseconds it is given, then answers "rested". */
@ApplicationScoped
public class NappingChannels {

    @Produces
    ChannelDefinition napping() {
        return ChannelDefinition.builder("napping")
                .auth(false)
                .action("nap", Integer.class, String.class, (millis, context) -> {
                    Thread.sleep(millis);
                    return "rested";
                })
                .build();
    }
}
