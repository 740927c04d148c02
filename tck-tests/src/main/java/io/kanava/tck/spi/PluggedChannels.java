package io.kanava.tck.spi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;
import io.kanava.EventHub;

/**
 * The channel {@code plugged}: {@code echo} answers its text, {@code shout} publishes it on {@code plugged:said}
 * (heard by connections opened with {@code ?listen}), {@code carried} counts what the application's transport
 * carried.
 */
@ApplicationScoped
public class PluggedChannels {

    @Inject
    EventHub hub;

    @Inject
    CountingTransport transport;

    @Produces
    ChannelDefinition plugged() {
        return ChannelDefinition.builder("plugged")
                .auth(false)
                .event("plugged:said", String.class)
                .onConnect(connection ->
                        connection.queryParameter("listen").ifPresent(yes -> hub.subscribe("plugged:said", connection)))
                .action("echo", String.class, String.class, (text, context) -> text)
                .action("shout", String.class, (text, context) -> hub.publish("plugged:said", text))
                .action("carried", Void.class, Long.class, (none, context) -> transport.carried())
                .build();
    }
}
