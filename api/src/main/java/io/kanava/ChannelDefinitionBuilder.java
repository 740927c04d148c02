package io.kanava;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link ChannelDefinition}.
 */
public final class ChannelDefinitionBuilder {

    final String name;
    String route;
    boolean auth = true;
    ConnectionHandler onConnect;
    ConnectionHandler onDisconnect;
    final List<ActionDefinition<?, ?>> actions = new ArrayList<>();
    final Set<String> roles = new LinkedHashSet<>();
    final Map<String, Type> events = new LinkedHashMap<>();
    final List<ChannelMiddleware> middleware = new ArrayList<>();
    int maxQueuedFrames = ChannelDefinition.DEFAULT_MAX_QUEUED_FRAMES;
    long maxQueuedBytes = ChannelDefinition.DEFAULT_MAX_QUEUED_BYTES;
    SlowConsumerPolicy slowConsumerPolicy = SlowConsumerPolicy.CLOSE;
    int maxPendingCalls = ChannelDefinition.DEFAULT_MAX_PENDING_CALLS;
    Integer maxMessageSize;
    Integer maxConnections;
    Integer maxConnectionsPerPrincipal;
    Integer maxSubscriptionsPerConnection;
    Integer callsPerSecond;
    Integer callBurst;

    ChannelDefinitionBuilder(String name) {
        this.name = name;
    }

    /**
     * Sets the route, relative to the context root. It starts with {@code /} and may hold URI-template
     * parameters as whole segments, such as {@code /rooms/{room}}. The default is {@code /channels/<name>}.
     *
     * @param route the route template
     * @return this builder
     */
    public ChannelDefinitionBuilder route(String route) {
        this.route = route;
        return this;
    }

    /**
     * Sets whether the channel's actions need an identity unless they say otherwise. The default is
     * {@code true}.
     *
     * @param required the channel-level flag
     * @return this builder
     */
    public ChannelDefinitionBuilder auth(boolean required) {
        this.auth = required;
        return this;
    }

    /**
     * Sets the callback run when a connection opens.
     *
     * @param handler the callback
     * @return this builder
     */
    public ChannelDefinitionBuilder onConnect(ConnectionHandler handler) {
        this.onConnect = handler;
        return this;
    }

    /**
     * Sets the callback run exactly once when a connection closes, however it closes.
     *
     * @param handler the callback
     * @return this builder
     */
    public ChannelDefinitionBuilder onDisconnect(ConnectionHandler handler) {
        this.onDisconnect = handler;
        return this;
    }

    /**
     * Adds an action.
     *
     * @param action the action
     * @return this builder
     */
    public ChannelDefinitionBuilder action(ActionDefinition<?, ?> action) {
        actions.add(action);
        return this;
    }

    /**
     * Adds an action whose input and output are plain classes.
     *
     * @param name the action name, unique within the channel
     * @param input the input type; {@code Void.class} when the action takes no data
     * @param output the output type; {@code Void.class} for a reply without data
     * @param handler the handler
     * @param <I> the input type
     * @param <O> the output type
     * @return this builder
     */
    public <I, O> ChannelDefinitionBuilder action(
            String name, Class<I> input, Class<O> output, ActionHandler<I, O> handler) {
        return action(ActionDefinition.of(name, input, output, handler));
    }

    /**
     * Adds an action whose output is a generic type, such as {@code DataType.listOf(Todo.class)}.
     *
     * @param name the action name, unique within the channel
     * @param input the input type; {@code Void.class} when the action takes no data
     * @param output the output type
     * @param handler the handler
     * @param <I> the input type
     * @param <O> the output type
     * @return this builder
     */
    public <I, O> ChannelDefinitionBuilder action(
            String name, Class<I> input, DataType<O> output, ActionHandler<I, O> handler) {
        return action(ActionDefinition.of(name, input, output, handler));
    }

    /**
     * Adds an action whose reply carries no data; its handler returns nothing.
     *
     * @param name the action name, unique within the channel
     * @param input the input type; {@code Void.class} when the action takes no data
     * @param handler the handler
     * @param <I> the input type
     * @return this builder
     */
    public <I> ChannelDefinitionBuilder action(String name, Class<I> input, VoidActionHandler<I> handler) {
        return action(ActionDefinition.of(name, input, handler));
    }

    /**
     * Names roles the application checks itself with {@link Connection#hasRole(String)}, for example in
     * {@code onConnect}, so that they are captured when a connection is opened. Roles named by
     * {@link Permission#role(String)} are captured without this.
     *
     * @param names the role names
     * @return this builder
     */
    public ChannelDefinitionBuilder roles(String... names) {
        roles.addAll(List.of(names));
        return this;
    }

    /**
     * Declares an event this channel pushes and the type of its data, for generated clients and documents.
     *
     * @param name the event name, such as {@code todos:updated}
     * @param type the type of its data
     * @return this builder
     */
    public ChannelDefinitionBuilder event(String name, Type type) {
        events.put(name, type);
        return this;
    }

    /**
     * Declares an event this channel pushes, from its typed topic: the topic's name and the type of its data.
     *
     * @param topic the topic, such as {@code Topic.of("todos:updated", TodoEvent.class)}
     * @return this builder
     */
    public ChannelDefinitionBuilder event(Topic<?> topic) {
        return event(topic.name(), topic.type());
    }

    /**
     * Adds inline middleware; it runs after the global middleware of this channel, in the order added.
     *
     * @param handler the middleware
     * @return this builder
     */
    public ChannelDefinitionBuilder middleware(ChannelMiddleware handler) {
        middleware.add(handler);
        return this;
    }

    /**
     * Bounds each connection's outgoing queue. The defaults are {@value ChannelDefinition#DEFAULT_MAX_QUEUED_FRAMES} frames and
     * 4 MiB.
     *
     * @param maxFrames the most frames waiting to be written, at least 1
     * @param maxBytes the most frame text waiting to be written, in characters, at least 1
     * @return this builder
     */
    public ChannelDefinitionBuilder outboundQueue(int maxFrames, long maxBytes) {
        this.maxQueuedFrames = maxFrames;
        this.maxQueuedBytes = maxBytes;
        return this;
    }

    /**
     * Sets what happens when a connection's outgoing queue is full.
     *
     * @param policy the policy; {@link SlowConsumerPolicy#CLOSE} by default
     * @return this builder
     */
    public ChannelDefinitionBuilder slowConsumerPolicy(SlowConsumerPolicy policy) {
        this.slowConsumerPolicy = policy;
        return this;
    }

    /**
     * Bounds how many of a connection's asynchronous calls may be pending at once; while that many are, the
     * connection's next calls wait. The default is {@value ChannelDefinition#DEFAULT_MAX_PENDING_CALLS}.
     *
     * @param calls the bound, at least 1
     * @return this builder
     */
    public ChannelDefinitionBuilder maxPendingCalls(int calls) {
        this.maxPendingCalls = calls;
        return this;
    }

    /**
     * Bounds an incoming message of this channel's connections: a larger one closes its connection with 1009 (too
     * big) before it is buffered whole; other connections are unaffected. Without it, the application's servlet
     * context parameter {@code kanava.limits.max-message-size} applies, by default
     * {@value ChannelDefinition#DEFAULT_MAX_MESSAGE_SIZE} bytes.
     *
     * @param bytes the bound, at least {@value ChannelDefinition#MIN_MESSAGE_SIZE}
     * @return this builder
     */
    public ChannelDefinitionBuilder maxMessageSize(int bytes) {
        this.maxMessageSize = bytes;
        return this;
    }

    /**
     * Bounds this channel's open connections on one node: one more is closed with 1013 (try again later) as soon as it
     * opens, before {@code onConnect}. Without it, the application's servlet context parameter
     * {@code kanava.limits.connections-per-channel} applies, by default 10,000.
     *
     * @param connections the bound, at least 1
     * @return this builder
     */
    public ChannelDefinitionBuilder maxConnections(int connections) {
        this.maxConnections = connections;
        return this;
    }

    /**
     * Bounds the open connections one authenticated principal (the container's, at the handshake) may have to this
     * channel on one node: one more is closed with 1008 as soon as it opens, before {@code onConnect}. Anonymous
     * connections are bounded only by {@link #maxConnections(int)}. Without it, the application's servlet context
     * parameter {@code kanava.limits.connections-per-principal} applies, by default 100.
     *
     * @param connections the bound, at least 1
     * @return this builder
     */
    public ChannelDefinitionBuilder maxConnectionsPerPrincipal(int connections) {
        this.maxConnectionsPerPrincipal = connections;
        return this;
    }

    /**
     * Bounds the topics one connection of this channel may be subscribed to: {@link EventHub#subscribe(String,
     * Connection)} beyond it throws an {@link ActionException} with the code {@code too_many_subscriptions}, which a
     * handler that lets it pass answers to its caller. Without it, the application's servlet context parameter
     * {@code kanava.limits.subscriptions-per-connection} applies, by default 1,000.
     *
     * @param topics the bound, at least 1
     * @return this builder
     */
    public ChannelDefinitionBuilder maxSubscriptionsPerConnection(int topics) {
        this.maxSubscriptionsPerConnection = topics;
        return this;
    }

    /**
     * Sets the rate of each connection's calls on this channel, as a token bucket: {@code burst} calls at once, then
     * {@code perSecond} calls a second; a call beyond gets the error {@code rate_limited} with its id, and a connection
     * that keeps calling far faster than its rate is closed with 1008. Without it, the application's servlet context
     * parameters {@code kanava.limits.calls-per-second} and {@code kanava.limits.call-burst} apply, by default 100
     * calls a second with a burst of 500.
     *
     * @param perSecond the calls a second a connection may sustain, at least 1
     * @param burst the calls a connection may make at once, at least 1
     * @return this builder
     */
    public ChannelDefinitionBuilder maxCallsPerSecond(int perSecond, int burst) {
        this.callsPerSecond = perSecond;
        this.callBurst = burst;
        return this;
    }

    /**
     * Builds the channel.
     *
     * @return an immutable definition
     */
    public ChannelDefinition build() {
        return new ChannelDefinition(this);
    }
}
