package io.kanava.impl.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** Declares a second {@code todos} channel with a duplicate action, and a producer that throws. */
@ApplicationScoped
public class ClashingChannels {

    @Produces
    ChannelDefinition moreTodos() {
        return ChannelDefinition.builder("todos")
                .route("/other")
                .action("ping", Void.class, Void.class, (input, context) -> null)
                .action("ping", Void.class, Void.class, (input, context) -> null)
                .build();
    }

    @Produces
    ChannelDefinition broken() {
        throw new IllegalStateException("configuration missing");
    }
}
