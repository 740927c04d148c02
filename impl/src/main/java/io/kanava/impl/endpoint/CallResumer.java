package io.kanava.impl.endpoint;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import jakarta.enterprise.concurrent.ContextService;

/**
 * Where a connection's waiting calls resume once a pending asynchronous call completes: on the container's managed
 * executor, with the application's context as it was when the connection opened. The stage of an asynchronous call
 * may complete on any thread (a timer, a client library's I/O thread); a task submitted from there would carry that
 * thread's context, which on Open Liberty has no application component, and Bean Validation, JNDI and transactions
 * fail without one. So the task is made contextual once, on the container's thread that opened the connection.
 */
final class CallResumer {

    /** Resumes on the completing thread: outside a container, and where it has no managed executor. */
    static final CallResumer INLINE = new CallResumer(null, null);

    private final Executor executor;
    private final ContextService contexts;

    CallResumer(Executor executor, ContextService contexts) {
        this.executor = executor;
        this.contexts = contexts;
    }

    /**
     * Prepares a connection's resumption; call it on a container thread of the application.
     *
     * @param task what resumes the connection's calls
     * @return what {@link #resume(Runnable)} takes
     */
    Runnable prepare(Runnable task) {
        return contexts == null ? task : contexts.createContextualProxy(task, Runnable.class);
    }

    /**
     * Runs a prepared task on the managed executor, or here when there is none or it no longer takes tasks.
     *
     * @param prepared the task from {@link #prepare(Runnable)}
     */
    void resume(Runnable prepared) {
        if (executor == null) {
            prepared.run();
            return;
        }
        try {
            executor.execute(prepared);
        } catch (RejectedExecutionException stopping) {
            prepared.run();
        }
    }
}
