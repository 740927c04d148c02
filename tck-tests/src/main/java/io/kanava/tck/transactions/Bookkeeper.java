package io.kanava.tck.transactions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.kanava.EventHub;

/** Books entries in JTA transactions: each publishes its entry, then commits or rolls back. */
@ApplicationScoped
public class Bookkeeper {

    @Inject
    EventHub hub;

    /**
     * Publishes the entry, and the transaction commits.
     *
     * @param entry what to book
     */
    @Transactional
    public void book(Entry entry) {
        hub.publish(Entry.BOOKED, entry);
    }

    /**
     * Publishes the entry, then fails, and the transaction rolls back.
     *
     * @param entry what not to book
     */
    @Transactional
    public void bookThenFail(Entry entry) {
        hub.publish(Entry.BOOKED, entry);
        throw new IllegalStateException("The ledger is closed; rolling back " + entry.text());
    }
}
