package io.kanava.tck.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.ChannelDefinitionBuilder;
import io.kanava.Connection;
import io.kanava.EventHub;
import io.kanava.SlowConsumerPolicy;
import io.kanava.Topic;

/**
 * Channels for the event scenarios. {@code news} lets a test subscribe, publish and count; {@code feed} has inline
 * middleware (fan-out, drop, transform) after the global {@link FeedTrail}; {@code firehose} and
 * {@code firehose-drop} have small queues under both slow-consumer policies.
 */
@ApplicationScoped
public class NewsChannels {

    @Inject
    EventHub hub;

    @Inject
    SubscriberGauge gauge;

    @Inject
    HeardEvents listener;

    /** The topic whose events the channels declare; tests publish to others of the same type by name. */
    static final Topic<Headline> HEADLINES = Topic.of("news:headlines", Headline.class);

    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Connection> labelled = new ConcurrentHashMap<>();

    @Produces
    ChannelDefinition news() {
        return actions(ChannelDefinition.builder("news")).build();
    }

    @Produces
    ChannelDefinition feed() {
        return actions(ChannelDefinition.builder("feed"))
                .middleware((event, connection, next) -> {
                    if (event.name().equals("feed:own")) {
                        next.forward(new OwnEvent("feed:own-made", event.data()));
                        return;
                    }
                    next.forward(event);
                    if (event.name().equals("feed:double")) {
                        next.forward(event.withName("feed:double-copy"));
                    }
                })
                .middleware((event, connection, next) -> {
                    if (!event.data().asJsonObject().getString("text").startsWith("internal")) {
                        next.forward(event);
                    }
                })
                .middleware((event, connection, next) ->
                        next.forward(event.withData(trail(event.data().asJsonObject(), "inline"))))
                .build();
    }

    @Produces
    ChannelDefinition firehose() {
        return actions(ChannelDefinition.builder("firehose"))
                .outboundQueue(64, 1024 * 1024)
                .build();
    }

    @Produces
    ChannelDefinition firehoseDrop() {
        return actions(ChannelDefinition.builder("firehose-drop"))
                .outboundQueue(64, 1024 * 1024)
                .slowConsumerPolicy(SlowConsumerPolicy.DROP_OLDEST)
                .build();
    }

    static JsonObject trail(JsonObject data, String step) {
        var path = Json.createArrayBuilder(
                        data.containsKey("trail")
                                ? data.getJsonArray("trail")
                                : Json.createArrayBuilder().build())
                .add(step);
        return Json.createObjectBuilder(data).add("trail", path).build();
    }

    private ChannelDefinitionBuilder actions(ChannelDefinitionBuilder channel) {
        return channel.auth(false)
                .event(HEADLINES)
                .onConnect(connection ->
                        connection.queryParameter("label").ifPresent(label -> labelled.put(label, connection)))
                .onDisconnect(connection -> gauge.changed())
                .action("isOpen", TopicRequest.class, Boolean.class, (request, context) -> labelled.get(request.text())
                        .isOpen())
                .action("id", Void.class, String.class, (input, context) -> context.connection()
                        .id())
                .action("subscribe", TopicRequest.class, Integer.class, (request, context) -> {
                    hub.subscribe(request.topic(), context.connection());
                    return hub.subscriberCount(request.topic());
                })
                .action("unsubscribe", TopicRequest.class, Integer.class, (request, context) -> {
                    hub.unsubscribe(request.topic(), context.connection());
                    return hub.subscriberCount(request.topic());
                })
                .action("publish", TopicRequest.class, Long.class, (request, context) -> publish(request, null))
                .action(
                        "publishExceptMe",
                        TopicRequest.class,
                        Long.class,
                        (request, context) -> publish(request, context.connection()))
                .action("flood", TopicRequest.class, Long.class, (request, context) -> {
                    String text = "x".repeat(request.size());
                    long last = 0;
                    for (int i = 0; i < request.count(); i++) {
                        last = publish(new TopicRequest(request.topic(), text, 0, 0, 0), null);
                    }
                    return last;
                })
                .action("direct", TopicRequest.class, Void.class, (request, context) -> {
                    context.connection().send(request.topic(), new Headline(request.text(), 0));
                    return null;
                })
                .action(
                        "awaitSubscribers",
                        TopicRequest.class,
                        Integer.class,
                        (request, context) -> gauge.await(request.topic(), request.count(), request.timeoutMillis()))
                .action("listen", TopicRequest.class, Void.class, (request, context) -> {
                    listener.listen(request.topic());
                    return null;
                })
                .action("stopListening", Void.class, Void.class, (input, context) -> {
                    listener.stop();
                    return null;
                })
                .action(ActionDefinition.<Void, List<String>>builder("heard")
                        .input(Void.class)
                        .output(new TypeLiteral<List<String>>() {}.getType())
                        .auth(false)
                        .handler((input, context) -> listener.heard())
                        .build());
    }

    private long publish(TopicRequest request, Connection except) {
        long number = sequence.incrementAndGet();
        hub.publish(Topic.of(request.topic(), Headline.class), new Headline(request.text(), number), except);
        return number;
    }
}
