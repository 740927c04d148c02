package io.kanava.tck.handshake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.Permission;

/**
 * The channel {@code gate} at {@code /gates/{room}}: {@code whoami} is open, {@code enter} needs an identity with
 * role {@code member}; {@code admin} is a role the application asks about itself.
 */
@ApplicationScoped
public class GateChannels {

    @Produces
    ChannelDefinition gate() {
        return ChannelDefinition.builder("gate")
                .route("/gates/{room}")
                .roles("admin")
                .action(ActionDefinition.of(
                                "whoami",
                                Void.class,
                                Visitor.class,
                                (none, context) -> Visitor.of(context.connection()))
                        .auth(false))
                .action(ActionDefinition.of(
                                "enter", Void.class, Visitor.class, (none, context) -> Visitor.of(context.connection()))
                        .permissions("members", Permission.role("member")))
                .build();
    }
}
