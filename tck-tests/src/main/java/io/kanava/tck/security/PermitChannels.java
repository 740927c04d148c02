package io.kanava.tck.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.Permission;

/**
 * The channel {@code permits} for the permission-group scenarios. {@code edit} passes for group {@code admins}
 * (role admin) OR group {@code owners} (role user AND owning the document); {@code approve} has one group that
 * needs role admin AND role auditor. Identities come from in-band logins.
 */
@ApplicationScoped
public class PermitChannels {

    @Inject
    SideEffects effects;

    @Produces
    ChannelDefinition permits() {
        return ChannelDefinition.builder("permits")
                .route("/open/permits")
                .action(TokenLogin.action())
                .action(ActionDefinition.<Document, String>builder("edit")
                        .input(Document.class)
                        .output(String.class)
                        .permissions("admins", Permission.role("admin"))
                        .permissions("owners", Permission.role("user"), (context, document) -> document.owner()
                                .equals(context.connection().subject().orElse(null)))
                        .handler((document, context) -> {
                            effects.record(
                                    "edit:" + context.connection().subject().orElseThrow());
                            return "edited";
                        })
                        .build())
                .action(ActionDefinition.<Document, String>builder("approve")
                        .input(Document.class)
                        .output(String.class)
                        .permissions("both", Permission.role("admin"), Permission.role("auditor"))
                        .handler((document, context) -> {
                            effects.record(
                                    "approve:" + context.connection().subject().orElseThrow());
                            return "approved";
                        })
                        .build())
                .action(effects.action())
                .build();
    }
}
