package io.kanava.client;

/**
 * A registered listener; {@link #close()} removes it. Closing twice does nothing.
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Removes the listener: it is not called for anything that arrives afterwards. */
    @Override
    void close();
}
