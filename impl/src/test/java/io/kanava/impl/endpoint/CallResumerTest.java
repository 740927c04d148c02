package io.kanava.impl.endpoint;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import jakarta.enterprise.concurrent.ContextService;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class CallResumerTest {

    /** The context a task runs in: the number of the capture that made it, 0 outside any. */
    private static final ThreadLocal<Integer> APPLIED = ThreadLocal.withInitial(() -> 0);

    private final List<Runnable> submitted = new ArrayList<>();
    private int captures;

    /** A context service whose every capture is a new, numbered context, applied around the proxied call. */
    private final ContextService contexts = (ContextService) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ContextService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("createContextualProxy") || args.length != 2) {
                    throw new UnsupportedOperationException(method.getName());
                }
                int context = ++captures;
                Executor direct = (Executor) args[0];
                return (Executor) task -> {
                    int outer = APPLIED.get();
                    APPLIED.set(context);
                    try {
                        direct.execute(task);
                    } finally {
                        APPLIED.set(outer);
                    }
                };
            });

    private final CallResumer resumer = new CallResumer(submitted::add, contexts);

    private void runSubmitted() {
        submitted.forEach(Runnable::run);
        submitted.clear();
    }

    @Test
    void connectionsWithoutAPrincipalShareOneContextCapturedOnTheFirst() {
        Executor first = resumer.forConnection(false);
        Executor second = resumer.forConnection(false);

        assertSame(first, second, "an idle anonymous connection holds no context of its own");
        assertEquals(1, captures);
    }

    @Test
    void eachAuthenticatedConnectionCapturesItsOwnSoWhatResumesRunsAsItsCaller() {
        Executor anna = resumer.forConnection(true);
        Executor ben = resumer.forConnection(true);
        List<Integer> seen = new ArrayList<>();

        anna.execute(() -> seen.add(APPLIED.get()));
        ben.execute(() -> seen.add(APPLIED.get()));
        assertEquals(List.of(), seen, "tasks go to the managed executor, not the completing thread");
        runSubmitted();

        assertNotSame(anna, ben);
        assertEquals(List.of(1, 2), seen);
    }

    @Test
    void aTaskRunsHereInItsContextWhenTheExecutorNoLongerTakesTasks() {
        CallResumer stopping = new CallResumer(
                task -> {
                    throw new RejectedExecutionException("stopping");
                },
                contexts);
        List<Integer> seen = new ArrayList<>();

        stopping.forConnection(false).execute(() -> seen.add(APPLIED.get()));

        assertEquals(List.of(1), seen);
    }

    @Test
    void withoutAContextServiceTasksRunOnTheExecutorAsTheyAre() {
        List<Runnable> plain = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();

        new CallResumer(plain::add, null).forConnection(true).execute(() -> seen.add(APPLIED.get()));
        plain.forEach(Runnable::run);

        assertEquals(List.of(0), seen);
    }
}
