package io.kanava.tck.limits;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;
import io.kanava.EventHub;
import io.kanava.Topic;

/**
 * A channel whose outgoing queue holds at most {@value #LIMIT} characters: it echoes text, subscribes its caller to
 * {@code narrow:news}, publishes text of a given length there, and sends such text to its caller directly.
 */
@ApplicationScoped
public class NarrowChannels {

    /** The channel's outgoing limit, in characters. */
    static final int LIMIT = 4096;

    static final Topic<String> NEWS = Topic.of("narrow:news", String.class);

    @Inject
    EventHub hub;

    @Produces
    ChannelDefinition narrow() {
        return ChannelDefinition.builder("narrow")
                .auth(false)
                .outboundQueue(64, LIMIT)
                .event(NEWS)
                .action("echo", String.class, String.class, (text, context) -> text)
                .action("subscribe", Void.class, Void.class, (input, context) -> {
                    hub.subscribe(NEWS, context.connection());
                    return null;
                })
                .action("publish", Integer.class, Void.class, (length, context) -> {
                    hub.publish(NEWS, "x".repeat(length));
                    return null;
                })
                .action("direct", Integer.class, String.class, (length, context) -> {
                    CompletableFuture<Void> sent = context.connection()
                            .send(NEWS.name(), "x".repeat(length))
                            .toCompletableFuture();
                    try {
                        sent.join();
                        return "sent";
                    } catch (RuntimeException refused) {
                        return refused.getCause() == null
                                ? refused.getMessage()
                                : refused.getCause().getMessage();
                    }
                })
                .build();
    }
}
