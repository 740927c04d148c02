package io.kanava.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listeners of one kind of value. A listener that throws is logged and the others still get the value.
 *
 * @param <T> what the listeners get
 */
final class Listeners<T> {

    private static final Logger LOG = Logger.getLogger(Listeners.class.getName());

    private final List<Consumer<? super T>> registered = new CopyOnWriteArrayList<>();

    Subscription add(Consumer<? super T> listener) {
        Consumer<? super T> entry = listener::accept;
        registered.add(entry);
        return () -> registered.remove(entry);
    }

    boolean isEmpty() {
        return registered.isEmpty();
    }

    void deliver(T value) {
        for (Consumer<? super T> listener : registered) {
            try {
                listener.accept(value);
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, failure, () -> "A Kanava client listener failed on " + value);
            }
        }
    }
}
