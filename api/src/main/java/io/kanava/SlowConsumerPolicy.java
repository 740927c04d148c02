package io.kanava;

/**
 * What happens when a connection's outgoing queue is full because its client reads too slowly. Either way the
 * publisher and the other clients are never blocked, and the queue never holds more than its bound.
 */
public enum SlowConsumerPolicy {

    /** Close the connection with 1013 (try again later). The default. */
    CLOSE,

    /**
     * Drop the oldest queued events until the new frame fits. Replies and error frames are never dropped; when only
     * they fill the queue, the connection is closed with 1013.
     */
    DROP_OLDEST
}
