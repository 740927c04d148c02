package io.kanava.tck.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.ChannelDefinitionBuilder;
import io.kanava.ConnectionRefusedException;
import io.kanava.Permission;

/**
 * Channels for the identity scenarios: {@code vault} behind the servlet security constraint on {@code /secured/*},
 * {@code lobby} on an unconstrained route where identities come in-band, and {@code kiosk}, an open channel with
 * one protected action. Each protected handler records its side effect.
 */
@ApplicationScoped
public class VaultChannels {

    @Inject
    SideEffects effects;

    @Produces
    ChannelDefinition vault() {
        return identityActions(ChannelDefinition.builder("vault").route("/secured/vault"))
                .roles("user")
                .onConnect(connection -> {
                    if (connection.queryParameter("refuse").isPresent()) {
                        throw new ConnectionRefusedException(
                                "No entry for " + connection.subject().orElse("nobody"));
                    }
                    effects.record("connect:" + connection.subject().orElse("anonymous")
                            + (connection.hasRole("admin") ? ":admin" : ""));
                })
                .onDisconnect(connection ->
                        effects.record("disconnect:" + connection.subject().orElse("anonymous")))
                .action(effects.action())
                .build();
    }

    @Produces
    ChannelDefinition lobby() {
        return identityActions(ChannelDefinition.builder("lobby").route("/open/lobby"))
                .action(TokenLogin.action())
                .action(ActionDefinition.<Void, Caller>builder("logout")
                        .input(Void.class)
                        .output(Caller.class)
                        .auth(false)
                        .handler((input, context) -> {
                            context.connection().endSession();
                            return TokenLogin.callerOf(context.connection());
                        })
                        .build())
                .action(effects.action())
                .build();
    }

    @Produces
    ChannelDefinition kiosk() {
        return ChannelDefinition.builder("kiosk")
                .route("/open/kiosk")
                .auth(false)
                .action("browse", Void.class, String.class, (input, context) -> {
                    effects.record("browse");
                    return "browsed";
                })
                .action(ActionDefinition.<Void, String>builder("buy")
                        .input(Void.class)
                        .output(String.class)
                        .auth(true)
                        .handler((input, context) -> {
                            effects.record("buy");
                            return "bought";
                        })
                        .build())
                .action(effects.action())
                .build();
    }

    private ChannelDefinitionBuilder identityActions(ChannelDefinitionBuilder channel) {
        return channel.action(ActionDefinition.<Void, Caller>builder("whoami")
                        .input(Void.class)
                        .output(Caller.class)
                        .auth(false)
                        .handler((input, context) -> TokenLogin.callerOf(context.connection()))
                        .build())
                .action("open", Void.class, String.class, (input, context) -> {
                    effects.record("open:" + context.connection().subject().orElseThrow());
                    return "opened";
                })
                .action(ActionDefinition.<Void, String>builder("purge")
                        .input(Void.class)
                        .output(String.class)
                        .permissions("admins", Permission.role("admin"))
                        .handler((input, context) -> {
                            effects.record("purge");
                            return "purged";
                        })
                        .build());
    }
}
