package io.kanava;

/**
 * A listener's subscription to a topic. Closing it twice does nothing.
 */
public interface Subscription extends AutoCloseable {

    /**
     * Stops the listener: no event reaches it once this returns.
     */
    @Override
    void close();
}
