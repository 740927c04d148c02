package io.kanava.tck.httpsession;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/**
 * A channel behind the kit's BASIC-secured routes, {@code /secured/desk}: {@code whoami} answers the caller's
 * name, {@code id} the connection's id, and {@code ended} whether the connection of an id has run
 * {@code onDisconnect}.
 */
@ApplicationScoped
public class DeskChannels {

    private final Set<String> ended = ConcurrentHashMap.newKeySet();

    @Produces
    ChannelDefinition desk() {
        return ChannelDefinition.builder("desk")
                .route("/secured/desk")
                .onDisconnect(connection -> ended.add(connection.id()))
                .action("whoami", Void.class, String.class, (input, context) -> context.connection()
                        .principal()
                        .orElseThrow()
                        .getName())
                .action("id", Void.class, String.class, (input, context) -> context.connection()
                        .id())
                .action("ended", String.class, Boolean.class, (id, context) -> ended.contains(id))
                .build();
    }
}
