package io.kanava.impl.security;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.Permission;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HandshakeRolesTest {

    private static Principal named(String name) {
        return () -> name;
    }

    @Test
    void asksTheContainerOnlyAboutCatalogedRolesAndKeepsThoseGranted() {
        var roles = new HandshakeRoles(Set.of("admin", "user"));
        roles.capture(named("alice"), role -> !role.equals("user"));
        assertEquals(Set.of("admin"), roles.rolesOf(named("alice")));
    }

    @Test
    void keepsEachPrincipalsRolesApart() {
        var roles = new HandshakeRoles(Set.of("admin", "user"));
        roles.capture(named("alice"), role -> true);
        roles.capture(named("bob"), role -> role.equals("user"));
        assertEquals(Set.of("admin", "user"), roles.rolesOf(named("alice")));
        assertEquals(Set.of("user"), roles.rolesOf(named("bob")));
    }

    @Test
    void givesAnonymousAndUnknownConnectionsNoRoles() {
        var roles = new HandshakeRoles(Set.of("admin"));
        roles.capture(null, role -> true);
        assertEquals(Set.of(), roles.rolesOf(null));
        assertEquals(Set.of(), roles.rolesOf(named("mallory")));
    }

    @Test
    void catalogsRolesOfRolePermissionsAndDeclaredRolesOfEveryChannel() {
        var todos = ChannelDefinition.builder("todos")
                .action(ActionDefinition.<Void, Void>builder("delete")
                        .permissions("admins", Permission.role("admin"))
                        .permissions("owners", Permission.role("user"), (context, input) -> true)
                        .build())
                .build();
        var chat = ChannelDefinition.builder("chat").roles("moderator").build();
        assertEquals(Set.of("admin", "user", "moderator"), RoleCatalog.of(List.of(todos, chat)));
    }
}
