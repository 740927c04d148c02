package io.kanava.tck.scope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;

/**
 * The channel {@code scope}, whose handlers and callbacks use a {@code @RequestScoped} bean: {@code trace} reads it
 * twice; {@code seen} answers, for a connection id and a callback, the instance that callback saw and whether it is
 * destroyed.
 */
@ApplicationScoped
public class ScopeChannels {

    @Inject
    CallTrace trace;

    @Inject
    TraceLedger ledger;

    /**
     * What a callback saw.
     *
     * @param instance the id of the request-scoped instance it saw, {@code ""} when it has not run
     * @param destroyed whether that instance is destroyed
     * @param askingCall the instance of the call that asked
     */
    public record Seen(String instance, boolean destroyed, String askingCall) {}

    @Produces
    ChannelDefinition scope() {
        return ChannelDefinition.builder("scope")
                .auth(false)
                .onConnect(connection -> ledger.saw("onConnect", connection.id(), trace.id()))
                .onDisconnect(connection -> ledger.saw("onDisconnect", connection.id(), trace.id()))
                .action("id", Void.class, String.class, (input, context) -> context.connection()
                        .id())
                .action("seen", String.class, Seen.class, (key, context) -> {
                    String seen =
                            ledger.seenBy(key.substring(0, key.indexOf(' ')), key.substring(key.indexOf(' ') + 1));
                    return new Seen(seen, ledger.wasDestroyed(seen), trace.id());
                })
                .action("trace", Void.class, Traces.class, (input, context) -> {
                    long destroyed = ledger.destroyedCount();
                    String first = trace.id();
                    return new Traces(first, trace.id(), destroyed);
                })
                .build();
    }
}
