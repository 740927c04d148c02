package io.kanava.tck.drain;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/**
 * The channel {@code napping}: {@code nap} sleeps for the milliseconds it is given, then answers "rested";
 * {@code napping} answers how many naps are in progress.
 */
@ApplicationScoped
public class NappingChannels {

    private final AtomicInteger napping = new AtomicInteger();

    @Produces
    ChannelDefinition napping() {
        return ChannelDefinition.builder("napping")
                .auth(false)
                .action("nap", Integer.class, String.class, (millis, context) -> {
                    napping.incrementAndGet();
                    try {
                        Thread.sleep(millis);
                    } finally {
                        napping.decrementAndGet();
                    }
                    return "rested";
                })
                .action("napping", Void.class, Integer.class, (input, context) -> napping.get())
                .build();
    }
}
