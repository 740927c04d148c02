package io.kanava.tck.httpsession;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/**
 * A channel behind the kit's BASIC-secured routes, {@code /secured/desk}: {@code whoami} answers the caller's
 * name, {@code disconnects} how many of its connections have run {@code onDisconnect}.
 */
@ApplicationScoped
public class DeskChannels {

    private final AtomicInteger disconnects = new AtomicInteger();

    @Produces
    ChannelDefinition desk() {
        return ChannelDefinition.builder("desk")
                .route("/secured/desk")
                .onDisconnect(connection -> disconnects.incrementAndGet())
                .action("whoami", Void.class, String.class, (input, context) -> context.connection()
                        .principal()
                        .orElseThrow()
                        .getName())
                .action("disconnects", Void.class, Integer.class, (input, context) -> disconnects.get())
                .build();
    }
}
