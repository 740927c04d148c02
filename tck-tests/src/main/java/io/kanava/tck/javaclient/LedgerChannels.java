package io.kanava.tck.javaclient;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ActionDefinition;
import io.kanava.ActionException;
import io.kanava.ChannelDefinition;
import io.kanava.EventHub;

/**
 * The channel {@code ledger}, driven by the Java client: typed, generic and void replies, an application error,
 * a hidden failure, events, a call held until another connection releases it, and a connection the server drops.
 */
@ApplicationScoped
public class LedgerChannels {

    /** The event every connection hears after each deposit. */
    public static final String CHANGED = "ledger:changed";

    @Inject
    Ledger ledger;

    @Inject
    EventHub hub;

    @Produces
    ChannelDefinition ledger() {
        return ChannelDefinition.builder("ledger")
                .auth(false)
                .event(CHANGED, Balance.class)
                .onConnect(connection -> hub.subscribe(CHANGED, connection))
                .action("deposit", Deposit.class, Balance.class, (deposit, context) -> {
                    Balance balance = ledger.deposit(deposit.cents());
                    hub.publish(CHANGED, balance);
                    return balance;
                })
                .action("balance", Void.class, Balance.class, (input, context) -> ledger.balance())
                .action(ActionDefinition.<Void, List<Long>>builder("deposits")
                        .input(Void.class)
                        .output(new jakarta.enterprise.util.TypeLiteral<List<Long>>() {}.getType())
                        .handler((input, context) -> ledger.balance().deposits())
                        .build())
                .action(ActionDefinition.<Deposit, Void>builder("withdraw")
                        .input(Deposit.class)
                        .output(Void.class)
                        .errors("insufficient_funds")
                        .handler((deposit, context) -> {
                            throw new ActionException("insufficient_funds", "Balance too low for " + deposit.cents());
                        })
                        .build())
                .action("audit", Void.class, Balance.class, (input, context) -> {
                    throw new IllegalStateException("The auditor is out");
                })
                .action("held", Void.class, Balance.class, (input, context) -> ledger.held())
                .action("release", Void.class, Void.class, (input, context) -> {
                    ledger.open();
                    return null;
                })
                .action("hangUp", Void.class, Void.class, (input, context) -> {
                    context.connection().close(1011, "Dropped by the test");
                    return null;
                })
                .build();
    }
}
