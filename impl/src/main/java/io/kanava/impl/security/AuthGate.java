package io.kanava.impl.security;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.Connection;

/**
 * Decides whether a call needs an identity before anything else about it is looked at. An action's own
 * {@code auth} flag wins over its channel's; the channel's defaults to {@code true}.
 */
public final class AuthGate {

    private static final AuthGate OPEN = new AuthGate(false);
    private static final AuthGate CLOSED = new AuthGate(true);

    private final boolean identityRequired;

    private AuthGate(boolean identityRequired) {
        this.identityRequired = identityRequired;
    }

    /**
     * Resolves the gate of one action, once, when the channel is registered.
     *
     * @param channel the channel
     * @param action one of its actions
     * @return the gate
     */
    public static AuthGate of(ChannelDefinition channel, ActionDefinition<?, ?> action) {
        return action.auth().orElse(channel.auth()) ? CLOSED : OPEN;
    }

    /**
     * Tells whether a call on a connection may go on.
     *
     * @param connection the caller's connection
     * @return {@code true} when the action is open or the connection has an identity
     */
    public boolean admits(Connection connection) {
        return !identityRequired || connection.isAuthenticated();
    }

    /**
     * Tells whether the action needs an identity.
     *
     * @return {@code true} for a protected action
     */
    public boolean identityRequired() {
        return identityRequired;
    }
}
