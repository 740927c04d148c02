package io.kanava.tck.parameters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ActionHandler;
import io.kanava.ChannelDefinition;

/** A channel on a route template, and one on its default route, both telling what their connection saw. */
@ApplicationScoped
public class RoomChannels {

    private static final ActionHandler<Void, Whereabouts> DESCRIBE = (input, context) -> new Whereabouts(
            context.connection().channel(),
            context.connection().pathParameters(),
            context.connection().queryParameters());

    @Produces
    ChannelDefinition room() {
        return ChannelDefinition.builder("room")
                .auth(false)
                .route("/rooms/{room}/members/{member}")
                .action("describe", Void.class, Whereabouts.class, DESCRIBE)
                .build();
    }

    @Produces
    ChannelDefinition lobby() {
        return ChannelDefinition.builder("lobby")
                .auth(false)
                .action("describe", Void.class, Whereabouts.class, DESCRIBE)
                .build();
    }
}
