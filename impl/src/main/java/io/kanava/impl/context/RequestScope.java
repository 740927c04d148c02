package io.kanava.impl.context;

import java.util.function.Supplier;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;

/**
 * Runs work with the CDI request context active, as a servlet request would have it. WebSocket containers leave it
 * inactive during {@code onMessage}, so each handler call gets a fresh request context of its own. One
 * {@code RequestScope} serves one sequence of calls that never overlap (a connection's frames, or its lifecycle
 * callbacks), because a {@link RequestContextController} is not meant to be shared across threads at once.
 */
public final class RequestScope implements AutoCloseable {

    private final Instance<RequestContextController> controllers;
    private final RequestContextController controller;

    /**
     * Obtains a controller for one sequence of calls.
     *
     * @param controllers the CDI source of controllers
     */
    public RequestScope(Instance<RequestContextController> controllers) {
        this.controllers = controllers;
        this.controller = controllers.get();
    }

    /**
     * Runs work in a request context; if one is already active on this thread it is reused.
     *
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     */
    public <T> T call(Supplier<T> work) {
        boolean activated = controller.activate();
        try {
            return work.get();
        } finally {
            if (activated) {
                controller.deactivate();
            }
        }
    }

    @Override
    public void close() {
        controllers.destroy(controller);
    }
}
