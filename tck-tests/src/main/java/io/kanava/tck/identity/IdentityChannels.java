package io.kanava.tck.identity;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.ChannelDefinitionBuilder;
import io.kanava.UserSession;

/**
 * Channels whose handlers report what the container's security APIs answer them: {@code guarded} behind the servlet
 * security constraint on {@code /secured/*} (the container identity of the upgrade), and {@code lounge} on an
 * unconstrained route where {@code login} starts the in-band session {@code carol} with role {@code user}. Both
 * have {@code subject}, which answers who the connection is to Kanava, {@code observe}, which calls the APIs on the
 * handler's thread, and {@code observeLater}, an asynchronous action that calls them in a task of the default
 * {@link ManagedExecutorService}.
 */
@ApplicationScoped
public class IdentityChannels {

    // resolved per call: Kanava builds the channels while the deployment is validated, and Open Liberty has not
    // started the application's session beans then (a plain @Inject fails the deployment with WELD-000079)
    @Inject
    Instance<CallerBean> bean;

    @Inject
    SecurityContextProbe security;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Produces
    ChannelDefinition guarded() {
        return observations(ChannelDefinition.builder("guarded").route("/secured/guarded"))
                .roles("user")
                .build();
    }

    @Produces
    ChannelDefinition lounge() {
        return observations(ChannelDefinition.builder("lounge").route("/open/lounge"))
                .action(ActionDefinition.<Void, String>builder("login")
                        .input(Void.class)
                        .output(String.class)
                        .auth(false)
                        .handler((input, context) -> {
                            context.connection().startSession(UserSession.of("carol", Set.of("user")));
                            return context.connection().subject().orElseThrow();
                        })
                        .build())
                .build();
    }

    private ChannelDefinitionBuilder observations(ChannelDefinitionBuilder channel) {
        return channel.action(ActionDefinition.<Void, String>builder("subject")
                        .input(Void.class)
                        .output(String.class)
                        .auth(false)
                        .handler((input, context) ->
                                context.connection().subject().orElse(null) + " user="
                                        + context.connection().hasRole("user"))
                        .build())
                .action(ActionDefinition.<Void, Observation>builder("observe")
                        .input(Void.class)
                        .output(Observation.class)
                        .auth(false)
                        .handler((input, context) -> Observation.observe(bean.get(), security))
                        .build())
                .action(ActionDefinition.<Void, Observation>builder("observeLater")
                        .input(Void.class)
                        .output(Observation.class)
                        .auth(false)
                        .asyncHandler((input, context) -> CompletableFuture.supplyAsync(
                                () -> Observation.observe(bean.get(), security), executor))
                        .build());
    }
}
