package io.kanava.tck.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;

/** The channel {@code lifecycle}, whose callbacks are recorded, and the channel {@code ledger} that reads them. */
@ApplicationScoped
public class LifecycleChannels {

    @Inject
    ConnectionLedger ledger;

    @Produces
    ChannelDefinition lifecycle() {
        return ChannelDefinition.builder("lifecycle")
                .auth(false)
                .onConnect(connection -> ledger.connected(connection.id()))
                .onDisconnect(connection -> ledger.disconnected(connection.id()))
                .action(
                        "whoami",
                        Void.class,
                        Identity.class,
                        (input, context) -> new Identity(
                                context.connection().id(), context.connection().channel()))
                .build();
    }

    @Produces
    ChannelDefinition ledger() {
        return ChannelDefinition.builder("ledger")
                .auth(false)
                .action("await", LedgerQuery.class, LedgerEntry.class, (query, context) -> ledger.await(query))
                .build();
    }
}
