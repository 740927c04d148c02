package io.kanava.impl.security;

import java.security.Principal;
import java.time.Duration;
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
        Principal alice = named("alice");
        roles.capture(alice, role -> !role.equals("user"));
        assertEquals(Set.of("admin"), roles.take(alice).roles());
    }

    @Test
    void keepsEachPrincipalsRolesApart() {
        var roles = new HandshakeRoles(Set.of("admin", "user"));
        Principal alice = named("alice");
        Principal bob = named("bob");
        roles.capture(alice, role -> true);
        roles.capture(bob, role -> role.equals("user"));
        assertEquals(Set.of("admin", "user"), roles.take(alice).roles());
        assertEquals(Set.of("user"), roles.take(bob).roles());
    }

    @Test
    void givesTwoConcurrentHandshakesOfOneUserTheirOwnRoles() {
        var roles = new HandshakeRoles(Set.of("admin", "user"));
        Principal withAdmin = named("dave");
        Principal withoutAdmin = named("dave");
        roles.capture(withAdmin, role -> true);
        roles.capture(withoutAdmin, role -> role.equals("user"));
        assertEquals(Set.of("user"), roles.take(withoutAdmin).roles());
        assertEquals(Set.of("admin", "user"), roles.take(withAdmin).roles(), "not the later handshake's roles");
    }

    @Test
    void keepsAHandshakeWhoseConnectionNeverOpenedForTheDefaultRetention() {
        var roles = new HandshakeRoles(Set.of("admin"));
        roles.capture(named("erin"), role -> true);
        for (int i = 0; i < 300; i++) {
            roles.capture(named("crowd-" + i), role -> false);
        }
        assertEquals(Set.of("admin"), roles.take(named("erin")).roles(), "by name, within five minutes");
    }

    @Test
    void sweepsHandshakesOlderThanTheRetentionOnceManyArePending() {
        var roles = new HandshakeRoles(Set.of("admin"), Duration.ZERO);
        roles.capture(named("erin"), role -> true);
        for (int i = 0; i < 300; i++) {
            roles.capture(named("crowd-" + i), role -> false);
        }
        assertEquals(Set.of(), roles.take(named("erin")).roles(), "swept: older than a retention of zero");
    }

    @Test
    void givesAnonymousAndUnknownConnectionsNoRoles() {
        var roles = new HandshakeRoles(Set.of("admin"));
        roles.capture(null, role -> true);
        assertEquals(Set.of(), roles.take(null).roles());
        assertEquals(Set.of(), roles.take(named("mallory")).roles());
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
