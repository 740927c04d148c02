package io.kanava.tck.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/**
 * Two channels that echo text: {@code bounded} under the application's bound of incoming messages (32 KiB in the
 * scenario's {@code web.xml}, as is its call rate of 10 a second with a burst of 20), {@code roomy} with its own
 * bound of 100 KiB and its own call rate, 10 a second with a burst of 60.
 */
@ApplicationScoped
public class BoundedChannels {

    @Produces
    ChannelDefinition bounded() {
        return ChannelDefinition.builder("bounded")
                .auth(false)
                .action("echo", String.class, Integer.class, (text, context) -> text.length())
                .build();
    }

    @Produces
    ChannelDefinition roomy() {
        return ChannelDefinition.builder("roomy")
                .auth(false)
                .maxMessageSize(100 * 1024)
                .maxCallsPerSecond(10, 60)
                .action("echo", String.class, Integer.class, (text, context) -> text.length())
                .build();
    }
}
