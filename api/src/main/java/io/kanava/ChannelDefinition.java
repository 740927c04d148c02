package io.kanava;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A channel: a name, the route it answers on, its {@code auth} flag, lifecycle callbacks and actions.
 * Applications declare channels with CDI producer methods:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class ChatChannels {
 *     @Produces
 *     ChannelDefinition chat(ChatRoom room) {
 *         return ChannelDefinition.builder("chat")
 *                 .action("send", Message.class, (message, context) -> room.add(message))
 *                 .build();
 *     }
 * }
 * }</pre>
 *
 * A definition is an immutable value. It is checked when the application deploys: duplicate names or routes, a
 * malformed route, duplicate actions and missing types or handlers fail the deployment, every problem reported at
 * once with the producer method it came from. Producer methods must keep the default {@code @Dependent} scope.
 */
public final class ChannelDefinition {

    private static final String DEFAULT_ROUTE_PREFIX = "/channels/";

    /** The default bound of a connection's outgoing queue, in frames. */
    public static final int DEFAULT_MAX_QUEUED_FRAMES = 1024;

    /** The default bound of a connection's pending asynchronous calls. */
    public static final int DEFAULT_MAX_PENDING_CALLS = 16;

    /** The default bound of a connection's outgoing queue, in bytes of frame text. */
    public static final long DEFAULT_MAX_QUEUED_BYTES = 4L * 1024 * 1024;

    /**
     * The default bound of an incoming message, in bytes, unless the application's servlet context parameter
     * {@code kanava.limits.max-message-size} sets another.
     */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 64 * 1024;

    /**
     * The default bound of a channel's open connections on one node, unless the application's setting
     * {@code kanava.limits.connections-per-channel} sets another.
     */
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;

    /**
     * The default bound of one principal's open connections to a channel on one node, unless the application's
     * setting {@code kanava.limits.connections-per-principal} sets another.
     */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_PRINCIPAL = 100;

    /**
     * The default bound of one connection's subscriptions, unless the application's setting
     * {@code kanava.limits.subscriptions-per-connection} sets another.
     */
    public static final int DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION = 1_000;

    /** The smallest bound of an incoming message a channel may set: room for a call with an id and some data. */
    public static final int MIN_MESSAGE_SIZE = 256;

    private final String name;
    private final String route;
    private final boolean auth;
    private final ConnectionHandler onConnect;
    private final ConnectionHandler onDisconnect;
    private final List<ActionDefinition<?, ?>> actions;
    private final Set<String> roles;
    private final Map<String, Type> events;
    private final List<ChannelMiddleware> middleware;
    private final int maxQueuedFrames;
    private final long maxQueuedBytes;
    private final SlowConsumerPolicy slowConsumerPolicy;
    private final int maxPendingCalls;
    private final Integer maxMessageSize;
    private final Integer maxConnections;
    private final Integer maxConnectionsPerPrincipal;
    private final Integer maxSubscriptionsPerConnection;
    private final Integer callsPerSecond;
    private final Integer callBurst;

    ChannelDefinition(ChannelDefinitionBuilder builder) {
        this.name = builder.name;
        this.route = builder.route != null ? builder.route : DEFAULT_ROUTE_PREFIX + builder.name;
        this.auth = builder.auth;
        this.onConnect = builder.onConnect;
        this.onDisconnect = builder.onDisconnect;
        this.actions = Collections.unmodifiableList(new ArrayList<>(builder.actions));
        this.roles = Collections.unmodifiableSet(new LinkedHashSet<>(builder.roles));
        this.events = Collections.unmodifiableMap(new LinkedHashMap<>(builder.events));
        this.middleware = Collections.unmodifiableList(new ArrayList<>(builder.middleware));
        this.maxQueuedFrames = builder.maxQueuedFrames;
        this.maxQueuedBytes = builder.maxQueuedBytes;
        this.slowConsumerPolicy = builder.slowConsumerPolicy;
        this.maxPendingCalls = builder.maxPendingCalls;
        this.maxMessageSize = builder.maxMessageSize;
        this.maxConnections = builder.maxConnections;
        this.maxConnectionsPerPrincipal = builder.maxConnectionsPerPrincipal;
        this.maxSubscriptionsPerConnection = builder.maxSubscriptionsPerConnection;
        this.callsPerSecond = builder.callsPerSecond;
        this.callBurst = builder.callBurst;
    }

    /**
     * Starts a channel definition.
     *
     * @param name the channel name, unique within the application
     * @return a builder
     */
    public static ChannelDefinitionBuilder builder(String name) {
        return new ChannelDefinitionBuilder(name);
    }

    /**
     * Returns the channel name.
     *
     * @return the name as declared
     */
    public String name() {
        return name;
    }

    /**
     * Returns the route relative to the application's context root, such as {@code /channels/todos} (the
     * default) or {@code /rooms/{room}}.
     *
     * @return the route
     */
    public String route() {
        return route;
    }

    /**
     * Tells whether the channel's actions need an identity unless they say otherwise.
     *
     * @return the channel-level {@code auth} flag; {@code true} by default
     */
    public boolean auth() {
        return auth;
    }

    /**
     * Returns the callback run when a connection opens.
     *
     * @return the callback, or empty when none is declared
     */
    public Optional<ConnectionHandler> onConnect() {
        return Optional.ofNullable(onConnect);
    }

    /**
     * Returns the callback run when a connection closes, however it closes.
     *
     * @return the callback, or empty when none is declared
     */
    public Optional<ConnectionHandler> onDisconnect() {
        return Optional.ofNullable(onDisconnect);
    }

    /**
     * Returns the actions in the order they were declared.
     *
     * @return an unmodifiable list
     */
    public List<ActionDefinition<?, ?>> actions() {
        return actions;
    }

    /**
     * Returns the roles this channel checks itself, with {@link Connection#hasRole(String)}, beyond those its
     * role permissions name.
     *
     * @return an unmodifiable set
     */
    public Set<String> roles() {
        return roles;
    }

    /**
     * Returns the events this channel pushes, with the types of their data, as declared for generated clients.
     *
     * @return an unmodifiable map from event name to data type, in declaration order
     */
    public Map<String, Type> events() {
        return events;
    }

    /**
     * Returns the channel's inline middleware, in the order it was added. Global middleware (see
     * {@link MiddlewareFor}) runs before it.
     *
     * @return an unmodifiable list
     */
    public List<ChannelMiddleware> middleware() {
        return middleware;
    }

    /**
     * Returns the most frames a connection's outgoing queue holds.
     *
     * @return the bound in frames
     */
    public int maxQueuedFrames() {
        return maxQueuedFrames;
    }

    /**
     * Returns the most frame text a connection's outgoing queue holds, counted in characters (one byte each for
     * ASCII JSON).
     *
     * @return the bound in bytes
     */
    public long maxQueuedBytes() {
        return maxQueuedBytes;
    }

    /**
     * Returns what happens when a connection's outgoing queue is full.
     *
     * @return the policy; {@link SlowConsumerPolicy#CLOSE} by default
     */
    public SlowConsumerPolicy slowConsumerPolicy() {
        return slowConsumerPolicy;
    }

    /**
     * Returns how many of a connection's calls may be pending at once: asynchronous calls whose stage has not
     * completed. While that many are pending, the connection's next calls wait.
     *
     * @return the bound, {@value #DEFAULT_MAX_PENDING_CALLS} unless set
     */
    public int maxPendingCalls() {
        return maxPendingCalls;
    }

    /**
     * Returns this channel's own bound of an incoming message: a larger message closes its connection with 1009
     * before it is buffered whole.
     *
     * @return the bound in bytes, empty when the application's default applies
     */
    public OptionalInt maxMessageSize() {
        return maxMessageSize == null ? OptionalInt.empty() : OptionalInt.of(maxMessageSize);
    }

    /**
     * Returns this channel's own bound of its open connections on one node: one more is closed with 1013 (try again
     * later) as soon as it opens, before {@code onConnect}.
     *
     * @return the bound, empty when the application's default applies
     */
    public OptionalInt maxConnections() {
        return optional(maxConnections);
    }

    /**
     * Returns this channel's own bound of the open connections one authenticated principal (the container's, at the
     * handshake) may have to it on one node: one more is closed with 1008 as soon as it opens, before
     * {@code onConnect}.
     *
     * @return the bound, empty when the application's default applies
     */
    public OptionalInt maxConnectionsPerPrincipal() {
        return optional(maxConnectionsPerPrincipal);
    }

    /**
     * Returns this channel's own bound of the topics one connection may be subscribed to: one more subscription
     * fails with the error code {@code too_many_subscriptions}.
     *
     * @return the bound, empty when the application's default applies
     */
    public OptionalInt maxSubscriptionsPerConnection() {
        return optional(maxSubscriptionsPerConnection);
    }

    /**
     * Returns this channel's own sustained rate of one connection's calls: a call beyond the rate and the burst gets
     * the error {@code rate_limited}.
     *
     * @return calls a second, empty when the application's default applies
     */
    public OptionalInt callsPerSecond() {
        return optional(callsPerSecond);
    }

    /**
     * Returns this channel's own bound of the calls one connection may make at once.
     *
     * @return the burst, empty when the application's default applies
     */
    public OptionalInt callBurst() {
        return optional(callBurst);
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    @Override
    public String toString() {
        return "ChannelDefinition[" + name + " at " + route + "]";
    }
}
