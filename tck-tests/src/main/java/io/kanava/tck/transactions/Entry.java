package io.kanava.tck.transactions;

import io.kanava.Topic;

/**
 * An entry of the ledger, as its event carries it.
 *
 * @param text what was booked
 */
public record Entry(String text) {

    /** The topic every ledger connection hears. */
    public static final Topic<Entry> BOOKED = Topic.of("ledger:booked", Entry.class);
}
