package io.kanava.impl.endpoint;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import io.kanava.impl.codec.InboundFrame;
import io.kanava.impl.codec.OutboundFrame;

/**
 * Runs one connection's calls one at a time, in the order they arrived, and hands each answer to the connection.
 * A synchronous call is answered before the next one runs. An asynchronous call is pending until its stage
 * completes: an ordered one holds back the calls after it until its answer is sent, so replies keep the calls'
 * order; a concurrent one lets them run meanwhile. At most {@code maxPending} calls are pending; while that many
 * are, later calls wait. Calls that arrive while others wait are queued, up to {@code maxWaiting}; beyond that a
 * call is answered {@code rate_limited} at once.
 *
 * <p>The container's thread that delivered a frame is released as soon as nothing can run: waiting calls resume
 * through the connection's {@link CallResumer} executor once a pending call completes.
 */
final class CallSequencer {

    /** How many calls may wait while others are pending before further ones are refused. */
    static final int MAX_WAITING = 1024;

    private final Function<InboundFrame, OutboundFrame> router;
    private final Consumer<OutboundFrame> answers;
    private final Function<InboundFrame, OutboundFrame> refusal;
    private final Executor resumer;
    private final int maxPending;
    private final int maxWaiting;

    private final ArrayDeque<InboundFrame> waiting = new ArrayDeque<>(2); // grows when calls pile up
    private int pending;
    private boolean heldByOrderedCall;
    private boolean running;
    private boolean closed;

    /**
     * @param router answers one call, in the call's request context; a pending answer for an asynchronous call
     * @param answers sends an answer to the client
     * @param refusal the answer to a call that finds too many waiting
     * @param resumer runs the waiting calls once a pending one completes, in the connection's context (see
     *     {@link CallResumer#forConnection(boolean)})
     * @param maxPending the most calls pending at once
     * @param maxWaiting the most calls waiting at once
     */
    CallSequencer(
            Function<InboundFrame, OutboundFrame> router,
            Consumer<OutboundFrame> answers,
            Function<InboundFrame, OutboundFrame> refusal,
            Executor resumer,
            int maxPending,
            int maxWaiting) {
        this.router = router;
        this.answers = answers;
        this.refusal = refusal;
        this.resumer = resumer;
        this.maxPending = maxPending;
        this.maxWaiting = maxWaiting;
    }

    /**
     * Takes a call that arrived: runs it now, with the calls before it, or queues it.
     *
     * @param frame the call
     */
    void arrived(InboundFrame frame) {
        boolean refused;
        synchronized (this) {
            if (closed) {
                return;
            }
            refused = waiting.size() >= maxWaiting;
            if (!refused) {
                waiting.add(frame);
                if (running) {
                    return;
                }
                running = true;
            }
        }
        if (refused) {
            answers.accept(refusal.apply(frame));
        } else {
            run();
        }
    }

    /**
     * Tells whether a call of the connection is running, pending or waiting: its answer is still to come.
     *
     * @return {@code true} while an answer is outstanding
     */
    synchronized boolean busy() {
        return running || pending > 0 || !waiting.isEmpty();
    }

    /** Drops the waiting calls and runs none after this; answers of pending calls still reach {@code answers}. */
    synchronized void close() {
        closed = true;
        waiting.clear();
    }

    private void run() {
        while (true) {
            InboundFrame next;
            synchronized (this) {
                if (closed || waiting.isEmpty() || heldByOrderedCall || pending >= maxPending) {
                    running = false;
                    return;
                }
                next = waiting.poll();
            }
            OutboundFrame answer = router.apply(next);
            if (answer instanceof OutboundFrame.Pending later) {
                synchronized (this) {
                    pending++;
                    heldByOrderedCall |= !later.concurrent();
                }
                later.answer().whenComplete((frame, never) -> completed(frame, later.concurrent()));
            } else {
                answers.accept(answer);
            }
        }
    }

    private void completed(OutboundFrame answer, boolean concurrent) {
        answers.accept(answer);
        synchronized (this) {
            pending--;
            if (!concurrent) {
                heldByOrderedCall = false;
            }
            if (running || closed || waiting.isEmpty()) {
                return;
            }
            running = true;
        }
        resume();
    }

    private void resume() {
        resumer.execute(this::run);
    }
}
