package io.kanava.impl.eventhub;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.kanava.impl.DeploymentMessages;
import io.kanava.impl.Messages;

/**
 * Holds back what is published inside an active JTA transaction until the transaction commits, and drops it when the
 * transaction rolls back, so that clients never hear of a change that did not happen. Outside a transaction, or where
 * the application chose {@value #IMMEDIATELY}, a publish goes out at once. Decides nothing about what is published:
 * the hub has already serialised it.
 */
public final class AfterCommit {

    /** The servlet context parameter that chooses: {@value #AFTER_COMMIT} (the default) or {@value #IMMEDIATELY}. */
    public static final String PARAMETER = "kanava.publish.in-transaction";

    static final String AFTER_COMMIT = "after-commit";
    static final String IMMEDIATELY = "immediately";

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    /** Publishes at once, always: outside a container, or where the application chose so. */
    public static final AfterCommit NEVER = new AfterCommit(null);

    private final TransactionSynchronizationRegistry transactions;

    private AfterCommit(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /**
     * @param parameters the servlet context parameters
     * @param transactions the container's registry, or {@code null} where it has none
     * @return the policy the application chose
     * @throws io.kanava.KanavaException KNV1025 when the parameter is neither value
     */
    public static AfterCommit of(UnaryOperator<String> parameters, TransactionSynchronizationRegistry transactions) {
        String chosen = parameters.apply(PARAMETER);
        String mode = chosen == null || chosen.isBlank()
                ? AFTER_COMMIT
                : chosen.strip().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case AFTER_COMMIT -> transactions == null ? NEVER : new AfterCommit(transactions);
            case IMMEDIATELY -> NEVER;
            default -> throw DeploymentMessages.unknownPublishMode(chosen, PARAMETER, AFTER_COMMIT, IMMEDIATELY);
        };
    }

    /**
     * Publishes now, or when the current transaction commits.
     *
     * @param topic the topic, for the log
     * @param publish what publishes
     */
    void publish(String topic, Runnable publish) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            publish.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    publish.run();
                } catch (RuntimeException e) {
                    // the transaction manager would swallow it: the publisher has long returned
                    LOG.log(Level.SEVERE, Messages.publishAfterCommitFailed(topic), e);
                }
            }
        });
    }
}
