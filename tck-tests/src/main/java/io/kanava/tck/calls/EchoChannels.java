package io.kanava.tck.calls;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ActionException;
import io.kanava.ChannelDefinition;
import io.kanava.DataType;

/** The channel {@code echo}: one action per kind of outcome a call can have. */
@ApplicationScoped
public class EchoChannels {

    /** A detail that must never reach a client. */
    public static final String SECRET = "password=tiger";

    @Inject
    CallLedger ledger;

    @Produces
    ChannelDefinition echo() {
        return ChannelDefinition.builder("echo")
                .auth(false)
                .action("echo", Note.class, Note.class, (note, context) -> note)
                .action("nothing", Void.class, (input, context) -> ledger.ran("nothing"))
                .action("twice", Note.class, DataType.listOf(Note.class), (note, context) -> List.of(note, note))
                .action("deposit", Amount.class, Long.class, (amount, context) -> {
                    ledger.ran("deposit");
                    return amount.cents();
                })
                .action("runs", String.class, Long.class, (action, context) -> ledger.runs(action))
                .action("refuse", Void.class, Note.class, (input, context) -> {
                    throw new ActionException("quota_exceeded", "Quota of 3 notes exceeded");
                })
                .action("crash", Void.class, Note.class, (input, context) -> {
                    throw new IllegalStateException("Cannot reach the database with " + SECRET);
                })
                .build();
    }
}
