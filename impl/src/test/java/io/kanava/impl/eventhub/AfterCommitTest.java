package io.kanava.impl.eventhub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;

import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A publish inside an active transaction goes out when it commits and never when it rolls back. */
class AfterCommitTest {

    /** A transaction manager's registry with one transaction, in the state a test puts it. */
    static final class OneTransaction implements TransactionSynchronizationRegistry {

        int status = Status.STATUS_NO_TRANSACTION;
        final List<Synchronization> synchronizations = new ArrayList<>();

        void end(int outcome) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(synchronization -> synchronization.afterCompletion(outcome));
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_NO_TRANSACTION ? null : this;
        }

        @Override
        public void putResource(Object key, Object value) {}

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {}

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    private final OneTransaction transaction = new OneTransaction();
    private final List<String> published = new ArrayList<>();

    private AfterCommit policy(String parameter) {
        return AfterCommit.of(Map.of(AfterCommit.PARAMETER, parameter)::get, transaction);
    }

    @Test
    void publishesAtOnceOutsideATransaction() {
        AfterCommit.of(name -> null, transaction).publish("t", () -> published.add("now"));
        assertEquals(List.of("now"), published);
    }

    @Test
    void holdsAPublishBackUntilItsTransactionCommits() {
        transaction.status = Status.STATUS_ACTIVE;
        AfterCommit.of(name -> null, transaction).publish("t", () -> published.add("committed"));
        assertEquals(List.of(), published);
        transaction.end(Status.STATUS_COMMITTED);
        assertEquals(List.of("committed"), published);
    }

    @Test
    void dropsAPublishWhoseTransactionRollsBack() {
        transaction.status = Status.STATUS_ACTIVE;
        policy("after-commit").publish("t", () -> published.add("never"));
        transaction.end(Status.STATUS_ROLLEDBACK);
        assertEquals(List.of(), published);
    }

    @Test
    void publishesAtOnceInsideATransactionWhenTheApplicationSaysSo() {
        transaction.status = Status.STATUS_ACTIVE;
        policy(" Immediately ").publish("t", () -> published.add("now"));
        assertEquals(List.of("now"), published);
        assertEquals(List.of(), transaction.synchronizations);
    }

    @Test
    void publishesAtOnceWhereTheServerHasNoTransactions() {
        AfterCommit.of(name -> null, null).publish("t", () -> published.add("now"));
        assertEquals(List.of("now"), published);
    }

    @Test
    void refusesAnUnknownChoiceWithACode() {
        assertEquals(
                "KNV1025",
                assertThrows(KanavaException.class, () -> policy("later")).code());
    }
}
