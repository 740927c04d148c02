package io.kanava.impl.security;

import java.io.Serializable;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.concurrent.ContextService;

/**
 * Runs a connection's calls as the container's caller of its upgrade request, so that session beans
 * ({@code @RolesAllowed}, {@code getCallerPrincipal}) and Jakarta Security's {@code SecurityContext} see the user
 * the container authenticated. WebSocket messages arrive on container threads that carry no caller; the security
 * context of the handshake's thread is captured with the container's default {@code ContextService} and applied
 * around each call. Connections without a container principal, and servers without a {@code ContextService}, run
 * their calls as they come.
 */
public final class CallerContext {

    /** Runs calls as they come. */
    public static final CallerContext NONE = new CallerContext(null);

    private static final Logger LOG = Logger.getLogger(CallerContext.class.getName());

    private final Executor applied;

    private CallerContext(Executor applied) {
        this.applied = applied;
    }

    /**
     * Captures the context of the current thread; call it on the thread of the upgrade request.
     *
     * @param contexts the container's default context service, {@code null} where it has none
     * @return the captured context, {@link #NONE} when nothing could be captured
     */
    public static CallerContext capture(ContextService contexts) {
        if (contexts == null) {
            return NONE;
        }
        try {
            return new CallerContext(contexts.createContextualProxy(new Direct(), Executor.class));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.FINE,
                    "The caller's context of a handshake could not be captured; its calls run as they come",
                    e);
            return NONE;
        }
    }

    /**
     * Runs work in the captured context.
     *
     * @param work the work
     * @param <T> what it returns
     * @return what it returned
     */
    public <T> T call(Supplier<T> work) {
        if (applied == null) {
            return work.get();
        }
        Result<T> result = new Result<>();
        applied.execute(() -> result.value = work.get());
        return result.value;
    }

    private static final class Result<T> {
        private T value;
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
