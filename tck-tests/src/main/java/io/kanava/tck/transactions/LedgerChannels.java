package io.kanava.tck.transactions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ChannelDefinition;
import io.kanava.EventHub;

/**
 * The channel {@code ledger}: connections opened with {@code ?listen} hear booked entries; {@code book} and
 * {@code bookThenFail} book.
 */
@ApplicationScoped
public class LedgerChannels {

    @Inject
    Bookkeeper bookkeeper;

    @Inject
    EventHub hub;

    @Produces
    ChannelDefinition ledger() {
        return ChannelDefinition.builder("ledger")
                .auth(false)
                .event(Entry.BOOKED)
                .onConnect(connection ->
                        connection.queryParameter("listen").ifPresent(yes -> hub.subscribe(Entry.BOOKED, connection)))
                .action("book", Entry.class, (entry, context) -> bookkeeper.book(entry))
                .action("bookThenFail", Entry.class, (entry, context) -> bookkeeper.bookThenFail(entry))
                .build();
    }
}
