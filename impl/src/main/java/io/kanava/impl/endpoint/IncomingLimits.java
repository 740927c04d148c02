package io.kanava.impl.endpoint;

import java.util.function.UnaryOperator;

import io.kanava.ChannelDefinition;
import io.kanava.impl.DeploymentMessages;

/**
 * The bound of an incoming message: a channel's own, else the application's servlet context parameter
 * {@value #MAX_MESSAGE_SIZE_PARAMETER}, else {@value ChannelDefinition#DEFAULT_MAX_MESSAGE_SIZE} bytes. The
 * container closes a connection whose message is larger with 1009 before buffering it whole; binary messages, which
 * {@code kanava.v1} does not use, have the same bound and otherwise close with 1003.
 *
 * @param applicationDefault the bound of channels that set none
 */
record IncomingLimits(int applicationDefault) {

    /** The servlet context parameter that sets the application's bound. */
    static final String MAX_MESSAGE_SIZE_PARAMETER = "kanava.limits.max-message-size";

    /**
     * Reads the application's bound.
     *
     * @param parameters the servlet context's init parameters
     * @return the limits
     * @throws io.kanava.KanavaException KNV1030 when the parameter is not a whole number of at least
     *     {@value ChannelDefinition#MIN_MESSAGE_SIZE}
     */
    static IncomingLimits read(UnaryOperator<String> parameters) {
        String value = parameters.apply(MAX_MESSAGE_SIZE_PARAMETER);
        if (value == null || value.isBlank()) {
            return new IncomingLimits(ChannelDefinition.DEFAULT_MAX_MESSAGE_SIZE);
        }
        try {
            int bytes = Integer.parseInt(value.strip());
            if (bytes >= ChannelDefinition.MIN_MESSAGE_SIZE) {
                return new IncomingLimits(bytes);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw DeploymentMessages.invalidMessageSizeParameter(
                MAX_MESSAGE_SIZE_PARAMETER, value, ChannelDefinition.MIN_MESSAGE_SIZE);
    }

    /**
     * Returns the bound of one channel's messages.
     *
     * @param channel the channel
     * @return its bound in bytes
     */
    int maxMessageSize(ChannelDefinition channel) {
        return channel.maxMessageSize().orElse(applicationDefault);
    }
}
