package io.kanava.impl.sending;

/**
 * How much a connection's outgoing queue may hold before the client counts as too slow.
 *
 * @param maxFrames the most frames waiting to be written
 * @param maxChars the most characters waiting to be written, summed over the frames
 */
public record OutboundQueueLimits(int maxFrames, long maxChars) {

    /** The defaults: 1,024 frames or 4 Mi characters. */
    public static final OutboundQueueLimits DEFAULT = new OutboundQueueLimits(1024, 4L * 1024 * 1024);
}
