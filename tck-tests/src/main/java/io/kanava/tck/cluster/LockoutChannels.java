package io.kanava.tck.cluster;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;
import io.kanava.EventHub;
import io.kanava.UserSession;

/**
 * The channel {@code lockout}: {@code login} starts an in-band session for the subject it is given, {@code whoami}
 * answers it, and {@code lockOut} closes every connection of a subject on every node through
 * {@link EventHub#disconnect(String, String)}.
 */
@ApplicationScoped
public class LockoutChannels {

    @Inject
    EventHub hub;

    @Produces
    ChannelDefinition lockout() {
        return ChannelDefinition.builder("lockout")
                .auth(false)
                .action("login", String.class, (subject, context) -> context.connection()
                        .startSession(UserSession.of(subject, Set.of())))
                .action("whoami", Void.class, String.class, (input, context) -> context.connection()
                        .subject()
                        .orElse(""))
                .action("lockOut", String.class, (subject, context) -> hub.disconnect(subject, "locked out"))
                .build();
    }
}
