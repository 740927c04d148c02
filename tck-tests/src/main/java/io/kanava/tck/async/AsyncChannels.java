package io.kanava.tck.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ActionDefinition;
import io.kanava.ActionException;
import io.kanava.ChannelDefinition;

/**
 * The channel {@code async}: {@code slow} answers after a delay without holding a thread meanwhile (its stage
 * completes on a timer thread that is not the container's); {@code overtakable} does too, but lets the connection's
 * later calls run first; {@code now} answers at once; {@code soldOut} fails after a delay with an application error.
 */
@ApplicationScoped
public class AsyncChannels {

    @Produces
    ChannelDefinition async() {
        return ChannelDefinition.builder("async")
                .auth(false)
                .action(ActionDefinition.async("slow", Delay.class, String.class, (delay, context) -> later(delay)))
                .action(ActionDefinition.async(
                                "overtakable", Delay.class, String.class, (delay, context) -> later(delay))
                        .concurrent())
                .action("now", Delay.class, String.class, (delay, context) -> delay.tag())
                .action(ActionDefinition.async("soldOut", Delay.class, String.class, (delay, context) -> later(delay)
                                .<String>thenApply(tag -> {
                                    throw new ActionException("sold_out", "Sold out: " + tag);
                                }))
                        .errors("sold_out"))
                .build();
    }

    private static CompletionStage<String> later(Delay delay) {
        Executor timer = CompletableFuture.delayedExecutor(delay.millis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(delay::tag, timer);
    }
}
