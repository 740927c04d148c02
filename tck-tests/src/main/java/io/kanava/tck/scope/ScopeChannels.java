package io.kanava.tck.scope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;

/** The channel {@code scope}, whose handler uses a {@code @RequestScoped} bean. */
@ApplicationScoped
public class ScopeChannels {

    @Inject
    CallTrace trace;

    @Inject
    TraceLedger ledger;

    @Produces
    ChannelDefinition scope() {
        return ChannelDefinition.builder("scope")
                .auth(false)
                .action("trace", Void.class, Traces.class, (input, context) -> {
                    long destroyed = ledger.destroyedCount();
                    String first = trace.id();
                    return new Traces(first, trace.id(), destroyed);
                })
                .build();
    }
}
