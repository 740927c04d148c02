package io.kanava.tck.broken.malformedroute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** Declares a well-formed channel and one whose route is not a valid URI template. */
@ApplicationScoped
public class MalformedChannels {

    @Produces
    ChannelDefinition fine() {
        return ChannelDefinition.builder("fine")
                .action("ping", Void.class, Void.class, (input, context) -> null)
                .build();
    }

    @Produces
    ChannelDefinition broken() {
        return ChannelDefinition.builder("broken")
                .route("/rooms/{room")
                .action("ping", Void.class, Void.class, (input, context) -> null)
                .build();
    }
}
