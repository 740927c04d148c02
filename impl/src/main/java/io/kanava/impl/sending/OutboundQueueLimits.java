package io.kanava.impl.sending;

import io.kanava.ChannelDefinition;
import io.kanava.SlowConsumerPolicy;

/**
 * How much a connection's outgoing queue may hold, and what happens when a frame does not fit.
 *
 * @param maxFrames the most frames waiting to be written
 * @param maxChars the most characters waiting to be written, summed over the frames
 * @param policy what to do when the queue is full
 */
public record OutboundQueueLimits(int maxFrames, long maxChars, SlowConsumerPolicy policy) {

    /** The defaults: 1,024 frames or 4 Mi characters, then close. */
    public static final OutboundQueueLimits DEFAULT = new OutboundQueueLimits(
            ChannelDefinition.DEFAULT_MAX_QUEUED_FRAMES,
            ChannelDefinition.DEFAULT_MAX_QUEUED_BYTES,
            SlowConsumerPolicy.CLOSE);

    /**
     * Reads a channel's bounds and policy.
     *
     * @param channel the channel
     * @return its limits
     */
    public static OutboundQueueLimits of(ChannelDefinition channel) {
        return new OutboundQueueLimits(
                channel.maxQueuedFrames(), channel.maxQueuedBytes(), channel.slowConsumerPolicy());
    }
}
