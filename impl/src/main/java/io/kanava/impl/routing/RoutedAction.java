package io.kanava.impl.routing;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.impl.security.AuthGate;
import io.kanava.impl.security.PermissionEvaluator;

/**
 * An action with everything its calls need resolved at registration: its auth gate and its permissions.
 *
 * @param definition the action
 * @param gate whether a call needs an identity
 * @param permissions the action's permission groups
 */
record RoutedAction(ActionDefinition<?, ?> definition, AuthGate gate, PermissionEvaluator permissions) {

    static RoutedAction of(ChannelDefinition channel, ActionDefinition<?, ?> action) {
        return new RoutedAction(action, AuthGate.of(channel, action), PermissionEvaluator.of(action));
    }
}
