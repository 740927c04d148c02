package io.kanava.impl.endpoint;

import java.io.Serializable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import jakarta.enterprise.concurrent.ContextService;

/**
 * Where a connection's work resumes when it cannot run on the thread at hand (its waiting calls once a pending
 * asynchronous call completes, the {@code onDisconnect} of a connection given up): on the container's managed
 * executor, with the application's context as it was when the connection opened. The stage of an asynchronous call
 * may complete on any thread (a timer, a client library's I/O thread); a task submitted from there would carry that
 * thread's context, which on Open Liberty has no application component, and Bean Validation, JNDI and transactions
 * fail without one. So the context is captured on the container's thread that opened the connection.
 *
 * <p>A connection with a container principal captures a context of its own, so that what resumes runs as its caller.
 * Connections without one all open in the same context (the application's, no caller), so they share one, captured
 * on the first of them: an idle connection then holds no contextual proxy of its own.
 */
final class CallResumer {

    /** Resumes on the completing thread: outside a container, and where it has no managed executor. */
    static final CallResumer INLINE = new CallResumer(null, null);

    private final Executor executor;
    private final ContextService contexts;
    private final Executor plain = task -> resume(task);
    private volatile Executor anonymous;

    CallResumer(Executor executor, ContextService contexts) {
        this.executor = executor;
        this.contexts = contexts;
    }

    /**
     * Returns where a connection's work resumes; call it on the container's thread that opens the connection.
     *
     * @param authenticated whether the connection has a container principal
     * @return runs each task on the managed executor, in the connection's context
     */
    Executor forConnection(boolean authenticated) {
        if (contexts == null) {
            return plain;
        }
        if (authenticated) {
            return new Resuming(captured());
        }
        Executor shared = anonymous;
        if (shared == null) {
            shared = new Resuming(captured()); // two first connections at once capture the same context twice
            anonymous = shared;
        }
        return shared;
    }

    private Executor captured() {
        return contexts.createContextualProxy(new Direct(), Executor.class);
    }

    /** Runs a task on the managed executor, or here when there is none or it no longer takes tasks. */
    private void resume(Runnable task) {
        if (executor == null) {
            task.run();
            return;
        }
        try {
            executor.execute(task);
        } catch (RejectedExecutionException stopping) {
            task.run();
        }
    }

    /** Runs tasks on the managed executor, each inside a captured context. */
    private final class Resuming implements Executor {
        private final Executor applied;

        Resuming(Executor applied) {
            this.applied = applied;
        }

        @Override
        public void execute(Runnable task) {
            resume(() -> applied.execute(task));
        }
    }

    /** Runs a task on the calling thread; the container's proxy around it applies the captured context. */
    private static final class Direct implements Executor, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public void execute(Runnable task) {
            task.run();
        }
    }
}
