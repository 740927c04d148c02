package io.kanava.impl.endpoint;

import java.util.function.UnaryOperator;

import io.kanava.ChannelDefinition;
import io.kanava.impl.config.Counts;

/**
 * How many connections a channel may have open on one node, how many of them one principal may have, and how many
 * topics one connection may be subscribed to: the channel's own bound, else the application's servlet context
 * parameter, else the default.
 *
 * @param connections the open connections of one channel
 * @param perPrincipal the open connections of one authenticated principal to one channel
 * @param subscriptions the topics of one connection
 */
record ConnectionLimits(int connections, int perPrincipal, int subscriptions) {

    /** The servlet context parameter bounding a channel's open connections. */
    static final String CONNECTIONS_PARAMETER = "kanava.limits.connections-per-channel";

    /** The servlet context parameter bounding one principal's open connections to a channel. */
    static final String PER_PRINCIPAL_PARAMETER = "kanava.limits.connections-per-principal";

    /** The servlet context parameter bounding one connection's subscriptions. */
    static final String SUBSCRIPTIONS_PARAMETER = "kanava.limits.subscriptions-per-connection";

    static final int DEFAULT_CONNECTIONS = ChannelDefinition.DEFAULT_MAX_CONNECTIONS;
    static final int DEFAULT_PER_PRINCIPAL = ChannelDefinition.DEFAULT_MAX_CONNECTIONS_PER_PRINCIPAL;
    static final int DEFAULT_SUBSCRIPTIONS = ChannelDefinition.DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION;

    /**
     * Reads the application's defaults.
     *
     * @param parameters the servlet context's init parameters
     * @return the application's limits
     * @throws io.kanava.KanavaException KNV1035 when a parameter is not a whole number of at least 1
     */
    static ConnectionLimits read(UnaryOperator<String> parameters) {
        return new ConnectionLimits(
                Counts.read(parameters, CONNECTIONS_PARAMETER, DEFAULT_CONNECTIONS),
                Counts.read(parameters, PER_PRINCIPAL_PARAMETER, DEFAULT_PER_PRINCIPAL),
                Counts.read(parameters, SUBSCRIPTIONS_PARAMETER, DEFAULT_SUBSCRIPTIONS));
    }

    /**
     * Returns one channel's limits: its own where it sets them, else these.
     *
     * @param channel the channel
     * @return its limits
     */
    ConnectionLimits of(ChannelDefinition channel) {
        return new ConnectionLimits(
                channel.maxConnections().orElse(connections),
                channel.maxConnectionsPerPrincipal().orElse(perPrincipal),
                channel.maxSubscriptionsPerConnection().orElse(subscriptions));
    }
}
