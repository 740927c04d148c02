package io.kanava.tck.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ActionException;
import io.kanava.ChannelDefinition;
import io.kanava.EventHub;

/**
 * A channel whose every outcome the metrics must count, {@code /meter}: {@code echo} answers its text, {@code refuse}
 * always fails with {@code refused_here}, {@code listen} subscribes the connection to {@code ticks}, and
 * {@code tick} publishes its number there.
 */
@ApplicationScoped
public class MeterChannels {

    @Inject
    EventHub hub;

    @Produces
    ChannelDefinition meter() {
        return ChannelDefinition.builder("meter")
                .route("/meter")
                .auth(false)
                .action("echo", String.class, String.class, (text, context) -> text)
                .action("refuse", Void.class, Void.class, (input, context) -> {
                    throw new ActionException("refused_here", "This action always refuses");
                })
                .action("listen", Void.class, Void.class, (input, context) -> {
                    hub.subscribe("ticks", context.connection());
                    return null;
                })
                .action("tick", Integer.class, Void.class, (number, context) -> {
                    hub.publish("ticks", number);
                    return null;
                })
                .build();
    }
}
