package io.kanava.impl.security;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.Permission;
import io.kanava.RolePermission;

/**
 * Every role the application's channels name, so each handshake asks the container about exactly those roles
 * ({@code HandshakeRequest.isUserInRole} is the only portable role check, and it exists only during the handshake).
 */
public final class RoleCatalog {

    private RoleCatalog() {}

    /**
     * Collects the roles named by role permissions and by {@link ChannelDefinition#roles()}.
     *
     * @param channels all channels of the application
     * @return the role names
     */
    public static Set<String> of(Collection<ChannelDefinition> channels) {
        Set<String> roles = new LinkedHashSet<>();
        for (ChannelDefinition channel : channels) {
            roles.addAll(channel.roles());
            for (ActionDefinition<?, ?> action : channel.actions()) {
                for (var group : action.permissions().values()) {
                    for (Permission<?> permission : group) {
                        if (permission instanceof RolePermission<?> role) {
                            roles.add(role.role());
                        }
                    }
                }
            }
        }
        return Collections.unmodifiableSet(roles);
    }
}
